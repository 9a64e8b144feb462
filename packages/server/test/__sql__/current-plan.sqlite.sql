select *
from "plans"
where "organisation_id" = ?
order by "start_year" desc,
  "id" desc;
-- parameters: [3]
