--liquibase formatted sql

--changeset pathways:0021-course-reference-courses
-- The two courses the default tiers name are course's reference data, kept from here on by what
-- course itself migrates. Progression's 0016-core-courses inserted them before the boundary was
-- drawn; it has landed and never changes. Where it ran, this inserts nothing — not even when an
-- administrator has since renamed a code, which would otherwise bring back a second course.
insert into course (code, title_en, title_cy, description_en, description_cy, format, hours, min_attendance_percent)
select 'CLT-2', 'Community Leadership Training (2-day)', 'Hyfforddiant Arweinyddiaeth Gymunedol (2 ddiwrnod)',
       'The foundation course: power, self-interest, one-to-ones and how organising wins change.',
       'Y cwrs sylfaen: grym, hunan-les, cyfarfodydd un-i-un a sut mae trefnu yn ennill newid.',
       'IN_PERSON', 12.0, 80
where not exists (select 1 from course where code = 'CLT-2')
  and not exists (select 1 from databasechangelog where id = '0016-core-courses');
insert into course (code, title_en, title_cy, description_en, description_cy, format, hours, min_attendance_percent)
select 'NCLT-6', 'National Community Leadership Training (6-day residential)', 'Hyfforddiant Arweinyddiaeth Gymunedol Cenedlaethol (6 diwrnod preswyl)',
       'Six residential days for experienced leaders: strategy, negotiation and public action.',
       'Chwe diwrnod preswyl i arweinwyr profiadol: strategaeth, negodi a gweithredu cyhoeddus.',
       'RESIDENTIAL', 42.0, 80
where not exists (select 1 from course where code = 'NCLT-6')
  and not exists (select 1 from databasechangelog where id = '0016-core-courses');
--rollback select 1;
