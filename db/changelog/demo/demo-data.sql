--liquibase formatted sql

--changeset pathways:demo-chapters context:demo
insert into chapter (name, region, preferred_language) values
('TELCO', 'East London', 'en'),
('South London Citizens', 'South London', 'en'),
('West London Citizens', 'West London', 'en'),
('North London Citizens', 'North London', 'en'),
('Citizens:MK', 'Milton Keynes', 'en'),
('Citizens Birmingham', 'West Midlands', 'en'),
('Nottingham Citizens', 'East Midlands', 'en'),
('Citizens Cymru Wales', 'Cardiff', 'cy');

--changeset pathways:demo-institutions context:demo
insert into institution (chapter_id, name, kind)
select c.id, i.name, i.kind
from (values
    ('TELCO', 'St Anne''s Parish, Stratford', 'FAITH_GROUP'),
    ('TELCO', 'Bow Community Mosque', 'FAITH_GROUP'),
    ('TELCO', 'Newham Sixth Form College', 'SCHOOL'),
    ('TELCO', 'Unison East London Health Branch', 'UNION'),
    ('TELCO', 'Canning Town Food Bank', 'CHARITY'),
    ('TELCO', 'University of East London Students', 'UNIVERSITY'),
    ('South London Citizens', 'St Matthew''s Church, Brixton', 'FAITH_GROUP'),
    ('South London Citizens', 'Lambeth Academy', 'SCHOOL'),
    ('South London Citizens', 'Peckham Tenants'' Association', 'OTHER'),
    ('South London Citizens', 'Croydon Gurdwara', 'FAITH_GROUP'),
    ('West London Citizens', 'Southall Baptist Church', 'FAITH_GROUP'),
    ('West London Citizens', 'Hammersmith Primary School', 'SCHOOL'),
    ('West London Citizens', 'Ealing Refugee Welcome', 'CHARITY'),
    ('North London Citizens', 'Finsbury Park Synagogue', 'FAITH_GROUP'),
    ('North London Citizens', 'Haringey Teachers'' Union', 'UNION'),
    ('North London Citizens', 'Islington Youth Trust', 'CHARITY'),
    ('Citizens:MK', 'Christ the Cornerstone, Milton Keynes', 'FAITH_GROUP'),
    ('Citizens:MK', 'Milton Keynes College', 'SCHOOL'),
    ('Citizens:MK', 'MK Community Foundation', 'CHARITY'),
    ('Citizens Birmingham', 'Balsall Heath Mosque', 'FAITH_GROUP'),
    ('Citizens Birmingham', 'St Chad''s Cathedral Parish', 'FAITH_GROUP'),
    ('Citizens Birmingham', 'University of Birmingham Guild', 'UNIVERSITY'),
    ('Citizens Birmingham', 'Unite West Midlands Community', 'UNION'),
    ('Nottingham Citizens', 'Nottingham Trent Students'' Union', 'UNIVERSITY'),
    ('Nottingham Citizens', 'St Ann''s Methodist Church', 'FAITH_GROUP'),
    ('Nottingham Citizens', 'Sneinton Primary School', 'SCHOOL'),
    ('Citizens Cymru Wales', 'Eglwys Dewi Sant, Caerdydd', 'FAITH_GROUP'),
    ('Citizens Cymru Wales', 'Ysgol Glantaf', 'SCHOOL'),
    ('Citizens Cymru Wales', 'Cardiff University Students'' Union', 'UNIVERSITY'),
    ('Citizens Cymru Wales', 'Grangetown Community Action', 'CHARITY'),
    ('Citizens Cymru Wales', 'Cardiff Quakers', 'FAITH_GROUP')
) as i (chapter_name, name, kind)
join chapter c on c.name = i.chapter_name;

--changeset pathways:demo-courses context:demo
insert into course (code, title_en, title_cy, description_en, description_cy, format, hours, min_attendance_percent) values
('CLT-2', 'Community Leadership Training (2-day)', 'Hyfforddiant Arweinyddiaeth Gymunedol (2 ddiwrnod)',
 'The foundation course: power, self-interest, one-to-ones and how organising wins change.',
 'Y cwrs sylfaen: grym, hunan-les, cyfarfodydd un-i-un a sut mae trefnu yn ennill newid.',
 'IN_PERSON', 12.0, 80),
('ICO-3', 'Introduction to Community Organising (3-day online, 25 h)', 'Cyflwyniad i Drefnu Cymunedol (3 diwrnod ar-lein, 25 awr)',
 'An online introduction to the craft of community organising over three days.',
 'Cyflwyniad ar-lein i grefft trefnu cymunedol dros dri diwrnod.',
 'ONLINE', 25.0, 80),
('NCLT-6', 'National Community Leadership Training (6-day residential)', 'Hyfforddiant Arweinyddiaeth Gymunedol Cenedlaethol (6 diwrnod preswyl)',
 'Six residential days for experienced leaders: strategy, negotiation and public action.',
 'Chwe diwrnod preswyl i arweinwyr profiadol: strategaeth, negodi a gweithredu cyhoeddus.',
 'RESIDENTIAL', 42.0, 80),
('LT', 'Learning Thursdays', 'Dydd Iau Dysgu',
 'Weekly 75-minute sessions that keep leaders learning between actions.',
 'Sesiynau wythnosol 75 munud sy''n cadw arweinwyr yn dysgu rhwng gweithredoedd.',
 'WEEKLY', 1.3, 80);

--changeset pathways:demo-people context:demo
-- One login per role; every password is "pathways" (BCrypt). The production profile refuses to
-- start while any of these accounts exists (security/dev/DemoAccountsGuard).
insert into person (full_name, email, phone, chapter_id, institution_id, tier_id, language)
select p.full_name, p.email, p.phone, c.id, i.id, t.id, p.language
from (values
    ('Amira Okafor', 'admin@demo.pathways', null, null, null, 4, 'en'),
    ('Tomás Byrne', 'trainer@demo.pathways', '07700 900101', 'TELCO', 'St Anne''s Parish, Stratford', 3, 'en'),
    ('Grace Adeyemi', 'lead@demo.pathways', '07700 900102', 'TELCO', 'Bow Community Mosque', 3, 'en'),
    ('Sam Patel', 'trainee@demo.pathways', '07700 900103', 'TELCO', 'Newham Sixth Form College', 0, 'en')
) as p (full_name, email, phone, chapter_name, institution_name, tier_rank, language)
left join chapter c on c.name = p.chapter_name
left join institution i on i.name = p.institution_name and i.chapter_id = c.id
join tier t on t.rank = p.tier_rank;

insert into person_role (person_id, role)
select p.id, r.role
from (values
    ('admin@demo.pathways', 'ADMIN'),
    ('trainer@demo.pathways', 'TRAINER'),
    ('lead@demo.pathways', 'CHAPTER_LEAD'),
    ('trainee@demo.pathways', 'TRAINEE')
) as r (email, role)
join person p on p.email = r.email;

insert into account (person_id, password_hash)
select id, '{bcrypt}$2a$10$I/NAk8f3n4dA7i4XTT/RsuLGvc6U9pnbw.c9DQwso2h/7HWXcYNx2' from person where email like '%@demo.pathways';
