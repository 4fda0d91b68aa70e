## Moments: dates and times as a page writes them.

moment-date-time = { $date }, { $time } { $zone }
moment-just-now = ahora mismo
moment-minutes-ago = { $count ->
    [one] hace { $count } minuto
   *[other] hace { $count } minutos
}
moment-hours-ago = { $count ->
    [one] hace { $count } hora
   *[other] hace { $count } horas
}
