select "users".*,
  "sessions"."id" as "session_id",
  "sessions"."user_id" as "session_user_id",
  "sessions"."created_at" as "session_created_at",
  "sessions"."last_seen_at" as "session_last_seen_at",
  "sessions"."expires_at" as "session_expires_at",
  "sessions"."ip" as "session_ip",
  "sessions"."csrf_token" as "session_csrf_token",
  "sessions"."restriction" as "session_restriction",
  "sessions"."idle_minutes" as "session_idle_minutes"
from "sessions"
inner join "users" on "users"."id" = "sessions"."user_id"
where "sessions"."id" = ?;
-- parameters: ["session-id"]
