## The dashboard: totals and charts.

nav-dashboard = لوحة المعلومات
dashboard-title = لوحة المعلومات
dashboard-joined-this-month = انضموا هذا الشهر
dashboard-per-course = الطلاب في كل مقرر
dashboard-per-course-desc = شريط لكل مقرر من أكبر المقررات، بطول عدد طلابه؛ ويؤدي كل شريط إلى قائمة طلابه.
dashboard-ages = الأعمار
dashboard-ages-desc = عدد الطلاب في كل فئة عمرية، وعدد من لم يذكروا العمر؛ ويؤدي كل شريط إلى قائمة هؤلاء الطلاب.
dashboard-months = الطلاب الجدد كل شهر
dashboard-months-desc = عدد الطلاب الذين انضموا في كل شهر من آخر ٢٤ شهرًا (بالتوقيت العالمي)؛ وتؤدي كل نقطة إلى قائمة من انضموا في ذلك الشهر.
dashboard-month = الشهر
dashboard-grades = الدرجات في كل مقرر
dashboard-grades-desc = لكل مقرر من أكبر المقررات، تسجيلاته حسب الدرجة أو الحالة؛ ويؤدي كل شريط إلى قائمة طلابه.
dashboard-numbers = الأرقام
dashboard-no-enrollments = لم يُسجَّل أحد في أي مقرر بعد.
dashboard-no-grade = بلا درجة
dashboard-other-grades = درجات أخرى
dashboard-age-range = من { $from } إلى { $to } سنة
dashboard-age-over = { $from } فأكثر
course-class-list-csv = قائمة الفصل (CSV)
print = طباعة
print-header = { $app } · طُبع في { $date }
