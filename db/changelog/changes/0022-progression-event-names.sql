--liquibase formatted sql

--changeset pathways:0022-progression-event-names
-- Progression's events and its mail listener moved into nested modules (promotions, practice,
-- tiers). A publication not yet completed names the old classes; renamed here, it is still
-- resubmitted and the leader still gets their mail. Completed ones are history and stay as written.
-- Events written before 0018 carried the reviewer's or approver's comment, which names the leader:
-- it goes from the waiting ones too (the mail reads the comment from its table when it goes).
update event_publication
set serialized_event = (serialized_event::jsonb - 'comment')::text,
    event_type = replace(replace(replace(event_type,
        'pathways.progression.ProgressionEvents$Promotion', 'pathways.progression.promotions.PromotionEvents$Promotion'),
        'pathways.progression.ProgressionEvents$Practice', 'pathways.progression.practice.PracticeEvents$Practice'),
        'pathways.progression.ProgressionEvents$Tier', 'pathways.progression.tiers.TierEvents$Tier'),
    listener_id = replace(replace(listener_id,
        'pathways.progression.PromotionMail', 'pathways.progression.promotions.PromotionMail'),
        'pathways.progression.ProgressionEvents$Promotion', 'pathways.progression.promotions.PromotionEvents$Promotion')
where completion_date is null and (event_type like '%.progression.ProgressionEvents$%' or listener_id like '%.progression.PromotionMail%');
--rollback select 1;
