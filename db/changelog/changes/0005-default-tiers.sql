--liquibase formatted sql

--changeset pathways:0005-default-tiers
-- The default leadership ladder (product brief). Every installation starts from it; administrators
-- may rename tiers and change their numbers later. Welsh text awaits review (docs/welsh-review.md).
insert into tier (rank, name_en, name_cy, summary_en, summary_cy, approval) values
(0, 'Participant', 'Cyfranogwr',
 'Has an account.',
 'Mae ganddo gyfrif.',
 'AUTOMATIC'),
(1, 'Trained Leader', 'Arweinydd Hyfforddedig',
 'Completed Community Leadership Training with at least 80% attendance; at least 6 one-to-ones logged.',
 'Wedi cwblhau Hyfforddiant Arweinyddiaeth Gymunedol gydag o leiaf 80% o bresenoldeb; o leiaf 6 cyfarfod un-i-un wedi''u cofnodi.',
 'CHAPTER_LEAD'),
(2, 'Core Team Leader', 'Arweinydd Tîm Craidd',
 'Trained Leader; at least 25 further learning hours; at least 20 one-to-ones in 6 months; hosted a house meeting; took part in a research action; at least 3 mentoring meetings.',
 'Arweinydd Hyfforddedig; o leiaf 25 awr ddysgu bellach; o leiaf 20 cyfarfod un-i-un mewn 6 mis; wedi cynnal cyfarfod tŷ; wedi cymryd rhan mewn gweithred ymchwil; o leiaf 3 cyfarfod mentora.',
 'CHAPTER_LEAD'),
(3, 'Senior Leader', 'Uwch Arweinydd',
 'Core Team Leader; completed the 6-day National Training; a named role (speaker, negotiator, chair) in a public action or assembly with turnout delivered; mentors at least 2 Trained Leaders.',
 'Arweinydd Tîm Craidd; wedi cwblhau''r Hyfforddiant Cenedlaethol 6 diwrnod; rôl benodol (siaradwr, negodwr, cadeirydd) mewn gweithred gyhoeddus neu gynulliad gyda''r nifer a addawyd wedi dod; yn mentora o leiaf 2 Arweinydd Hyfforddedig.',
 'CHAPTER_LEAD_AND_SENIOR'),
(4, 'Leader-Trainer', 'Arweinydd-Hyfforddwr',
 'Senior Leader; co-delivered at least 2 training sessions.',
 'Uwch Arweinydd; wedi cyd-gyflwyno o leiaf 2 sesiwn hyfforddi.',
 'ADMINISTRATOR');
--rollback delete from tier where rank between 0 and 4;
