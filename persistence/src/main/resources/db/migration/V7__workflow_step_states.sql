-- The workflow history names only the seven states (as the story table does)
alter table workflow_step add constraint workflow_step_from_check check (from_state in ('DRAFT', 'FACT_CHECK',
    'EDITOR_REVIEW', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'SPIKED'));
alter table workflow_step add constraint workflow_step_to_check check (to_state in ('DRAFT', 'FACT_CHECK',
    'EDITOR_REVIEW', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'SPIKED'));
