select "items"."id",
  "items"."plan_id",
  "items"."area_id",
  "items"."code",
  "items"."title",
  "items"."measures",
  "items"."targets",
  "items"."year_key_work",
  "items"."deadline_text",
  "items"."deadline",
  "items"."start_date",
  "items"."source_clause",
  "items"."province_text",
  "items"."city_source",
  "items"."remarks",
  "items"."leader_person_id",
  "items"."lead_department_id",
  "items"."lead_department_source",
  "items"."section_id",
  "items"."staff_person_id",
  "items"."pilot_level",
  "items"."pilot_stage",
  "items"."pilot_stage_date",
  "items"."is_public",
  "items"."is_sample",
  "items"."data_source",
  "items"."version",
  "items"."created_at",
  "items"."updated_at",
  "areas"."code" as "area_code",
  "areas"."numeral" as "area_numeral",
  "areas"."title" as "area_title",
  "lead"."name" as "lead_department_name",
  "lead"."short_name" as "lead_department_short_name",
  "leader"."name" as "leader_name",
  "leader"."title" as "leader_title",
  "sections"."name" as "section_name",
  "staff"."name" as "staff_name",
  "staff"."phone" as "staff_phone",
  (
    select json_group_array(l.kind)
    from ledger_items li
    join ledgers l on l.id = li.ledger_id
    where li.item_id = items.id
  ) as "ledger_kinds_json",
  (
    select json_group_array(json_object('id', d.id, 'name', d.name, 'shortName', d.short_name))
    from item_co_departments c
    join departments d on d.id = c.department_id
    where c.item_id = items.id
  ) as "co_departments_json",
  case when (substr(approved.period, 1, 4) <> substr(cast(? as text), 1, 4)
    and exists (
      select "qy"."id"
      from "quarterly_plans" as "qy"
      where "qy"."item_id" = "items"."id"
        and "qy"."basis" = ?
        and "qy"."period" >= substr(approved.period, 1, 4) || 'Q1'
        and "qy"."period" <= substr(approved.period, 1, 4) || 'Q4'
    )) then 1 else 0 end as "approved_year_is_annual",
  "approved"."id" as "approved_id",
  "approved"."period" as "approved_period",
  "approved"."progress_state" as "approved_progress_state",
  "approved"."completion_bp" as "approved_completion_bp",
  "approved"."override_status" as "approved_override_status",
  "approved"."override_reason" as "approved_override_reason",
  "current"."id" as "current_id",
  "current"."state" as "current_state",
  "current"."submitted_at" as "current_submitted_at",
  "current"."quality_rating" as "current_quality_rating",
  "plan_up_to"."period" as "plan_up_to_period",
  "plan_up_to"."cumulative_bp" as "plan_up_to_bp",
  "plan_after"."period" as "plan_after_period",
  "plan_after"."cumulative_bp" as "plan_after_bp",
  "year_up_to"."period" as "year_up_to_period",
  "year_up_to"."cumulative_bp" as "year_up_to_bp",
  "year_after"."period" as "year_after_period",
  "year_after"."cumulative_bp" as "year_after_bp"
from "items"
left join "areas" on "areas"."id" = "items"."area_id"
left join "departments" as "lead" on "lead"."id" = "items"."lead_department_id"
left join "people" as "leader" on "leader"."id" = "items"."leader_person_id"
left join "sections" on "sections"."id" = "items"."section_id"
left join "people" as "staff" on "staff"."id" = "items"."staff_person_id"
left join "progress_reports" as "approved" on "approved"."id" = (
  select "r"."id"
  from "progress_reports" as "r"
  where "r"."item_id" = "items"."id"
    and "r"."state" = ?
    and "r"."period" <= ?
  order by "r"."period" desc
  limit ?
)
left join "progress_reports" as "current" on "current"."item_id" = "items"."id"
  and "current"."period" = ?
left join "quarterly_plans" as "plan_up_to" on "plan_up_to"."id" = (
  select "q"."id"
  from "quarterly_plans" as "q"
  where "q"."item_id" = "items"."id"
    and "q"."period" <= ?
    and "q"."cumulative_bp" is not null
    and ("q"."basis" is null
      or "q"."basis" <> ?)
  order by "q"."period" desc
  limit ?
)
left join "quarterly_plans" as "plan_after" on "plan_after"."id" = (
  select "q"."id"
  from "quarterly_plans" as "q"
  where "q"."item_id" = "items"."id"
    and "q"."period" > ?
    and "q"."cumulative_bp" is not null
    and ("q"."basis" is null
      or "q"."basis" <> ?)
  order by "q"."period" asc
  limit ?
)
left join "quarterly_plans" as "year_up_to" on "year_up_to"."id" = (
  select "q"."id"
  from "quarterly_plans" as "q"
  where "q"."item_id" = "items"."id"
    and "q"."period" <= ?
    and "q"."cumulative_bp" is not null
    and "q"."basis" = ?
    and "q"."period" >= substr(cast(? as text), 1, 4) || 'Q1'
  order by "q"."period" desc
  limit ?
)
left join "quarterly_plans" as "year_after" on "year_after"."id" = (
  select "q"."id"
  from "quarterly_plans" as "q"
  where "q"."item_id" = "items"."id"
    and "q"."period" > ?
    and "q"."cumulative_bp" is not null
    and "q"."basis" = ?
    and "q"."period" <= substr(cast(? as text), 1, 4) || 'Q4'
  order by "q"."period" asc
  limit ?
)
where "items"."plan_id" = ?
  and "items"."id" in (?, ?, ?);
-- parameters: ["2026Q3","annual","approved","2026Q3",1,"2026Q3","2026Q3","annual",1,"2026Q3","annual",1,"2026Q3","annual","2026Q3",1,"2026Q3","annual","2026Q3",1,1,11,12,13]
