## Moments: dates and times as a page writes them.

moment-date-time = { $date } um { $time } { $zone }
moment-just-now = gerade eben
moment-minutes-ago = { $count ->
    [one] vor { $count } Minute
   *[other] vor { $count } Minuten
}
moment-hours-ago = { $count ->
    [one] vor { $count } Stunde
   *[other] vor { $count } Stunden
}
