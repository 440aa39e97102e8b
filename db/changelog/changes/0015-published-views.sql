--liquibase formatted sql

-- Read-only views each module publishes for the others (decision 0008): other modules read these,
-- never the tables, so an owner can reshape its tables while keeping its views. Only the owner
-- writes its tables. A view here is the owner's promise; change it only in a new changeset.

--changeset pathways:0015-people-views
create view v_person as
    select id, full_name, email, phone, chapter_id, institution_id, language, active from person;
create view v_person_role as
    select person_id, role from person_role;
--rollback drop view v_person_role; drop view v_person;

--changeset pathways:0015-chapter-views
create view v_chapter as
    select id, name, region, preferred_language, active from chapter;
create view v_institution as
    select id, chapter_id, name, kind, active from institution;
--rollback drop view v_institution; drop view v_chapter;

--changeset pathways:0015-course-views
create view v_course as
    select id, code, title_en, title_cy, hours, min_attendance_percent, late_after_minutes, slipping_absences, active from course;
create view v_cohort as
    select id, course_id, chapter_id, name, starts_on, ends_on, capacity, status from cohort;
create view v_cohort_trainer as
    select cohort_id, person_id from cohort_trainer;
create view v_training_session as
    select id, cohort_id, uid, sequence, starts_at, ends_at, venue, online_link, cancelled, cancel_reason from training_session;
create view v_enrolment as
    select id, cohort_id, person_id, status, walk_in, enrolled_at from enrolment;
--rollback drop view v_enrolment; drop view v_training_session; drop view v_cohort_trainer; drop view v_cohort; drop view v_course;
