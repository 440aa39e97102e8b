--liquibase formatted sql

--changeset pathways:0008-course-attendance-settings
-- Per course: how many absences in a row flag someone as slipping, and after how many minutes a
-- self check-in counts as late.
alter table course add column slipping_absences integer not null default 2;
alter table course add column late_after_minutes integer not null default 10;
alter table course add constraint ck_course_slipping_absences check (slipping_absences between 1 and 10);
alter table course add constraint ck_course_late_after check (late_after_minutes between 0 and 240);
--rollback alter table course drop column slipping_absences; alter table course drop column late_after_minutes;
