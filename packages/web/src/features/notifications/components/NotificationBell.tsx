/** The signed-in user's notifications in the header (being built). */
export function NotificationBell() {
  return null;
}
