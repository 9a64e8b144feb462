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
  coalesce(lk.kinds, '[]') as "ledger_kinds_json",
  coalesce(cd.departments, '[]') as "co_departments_json",
  case when (substr(approved.period, 1, 4) <> substr(cast($1 as text), 1, 4)
    and exists (
      select "qy"."id"
      from "quarterly_plans" as "qy"
      where "qy"."item_id" = "items"."id"
        and "qy"."basis" = $2
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
left join (
  select "li"."item_id",
    json_agg(l.kind)::text as "kinds"
  from "ledger_items" as "li"
  inner join "ledgers" as "l" on "l"."id" = "li"."ledger_id"
  where "li"."item_id" = any($3::int[])
  group by "li"."item_id"
) as "lk" on "lk"."item_id" = "items"."id"
left join (
  select "c"."item_id",
    json_agg(json_build_object('id', d.id, 'name', d.name, 'shortName', d.short_name))::text as "departments"
  from "item_co_departments" as "c"
  inner join "departments" as "d" on "d"."id" = "c"."department_id"
  where "c"."item_id" = any($4::int[])
  group by "c"."item_id"
) as "cd" on "cd"."item_id" = "items"."id"
left join "progress_reports" as "approved" on "approved"."id" = (
  select "r"."id"
  from "progress_reports" as "r"
  where "r"."item_id" = "items"."id"
    and "r"."state" = $5
    and "r"."period" <= $6
  order by "r"."period" desc
  limit $7
)
left join "progress_reports" as "current" on "current"."item_id" = "items"."id"
  and "current"."period" = $8
left join "quarterly_plans" as "plan_up_to" on "plan_up_to"."id" = (
  select "q"."id"
  from "quarterly_plans" as "q"
  where "q"."item_id" = "items"."id"
    and "q"."period" <= $9
    and "q"."cumulative_bp" is not null
    and ("q"."basis" is null
      or "q"."basis" <> $10)
  order by "q"."period" desc
  limit $11
)
left join "quarterly_plans" as "plan_after" on "plan_after"."id" = (
  select "q"."id"
  from "quarterly_plans" as "q"
  where "q"."item_id" = "items"."id"
    and "q"."period" > $12
    and "q"."cumulative_bp" is not null
    and ("q"."basis" is null
      or "q"."basis" <> $13)
  order by "q"."period" asc
  limit $14
)
left join "quarterly_plans" as "year_up_to" on "year_up_to"."id" = (
  select "q"."id"
  from "quarterly_plans" as "q"
  where "q"."item_id" = "items"."id"
    and "q"."period" <= $15
    and "q"."cumulative_bp" is not null
    and "q"."basis" = $16
    and "q"."period" >= substr(cast($17 as text), 1, 4) || 'Q1'
  order by "q"."period" desc
  limit $18
)
left join "quarterly_plans" as "year_after" on "year_after"."id" = (
  select "q"."id"
  from "quarterly_plans" as "q"
  where "q"."item_id" = "items"."id"
    and "q"."period" > $19
    and "q"."cumulative_bp" is not null
    and "q"."basis" = $20
    and "q"."period" <= substr(cast($21 as text), 1, 4) || 'Q4'
  order by "q"."period" asc
  limit $22
)
where "items"."plan_id" = $23
  and "items"."id" = any($24::int[])
  and ("items"."lead_department_id" = $25
    or "items"."id" = any(array((
      select "cd"."item_id"
      from "item_co_departments" as "cd"
      where "cd"."department_id" = $26
    ))));
-- parameters: ["2026Q3","annual",[11],[11],"approved","2026Q3",1,"2026Q3","2026Q3","annual",1,"2026Q3","annual",1,"2026Q3","annual","2026Q3",1,"2026Q3","annual","2026Q3",1,1,[11],7,7]
