## Moments: dates and times as a page writes them.

# "December 1, 2026 at 05:39 UTC"
moment-date-time = { $date } at { $time } { $zone }
moment-just-now = just now
moment-minutes-ago = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
moment-hours-ago = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
