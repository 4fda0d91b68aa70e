## Moments: dates and times as a page writes them.

moment-date-time = { $date } الساعة { $time } { $zone }
moment-just-now = الآن
moment-minutes-ago = { $count ->
    [zero] الآن
    [one] منذ دقيقة واحدة
    [two] منذ دقيقتين
    [few] منذ { $count } دقائق
    [many] منذ { $count } دقيقة
   *[other] منذ { $count } دقيقة
}
moment-hours-ago = { $count ->
    [zero] الآن
    [one] منذ ساعة واحدة
    [two] منذ ساعتين
    [few] منذ { $count } ساعات
    [many] منذ { $count } ساعة
   *[other] منذ { $count } ساعة
}
