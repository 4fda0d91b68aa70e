## The layout of every page: the name, the navigation, notices, the preferences footer.

app-name = الطلاب
nav-skip = انتقل إلى المحتوى
nav-label = القائمة الرئيسية
nav-add-student = إضافة طالب
nav-courses = المقررات
nav-accounts = الحسابات
nav-about = حول
nav-account-title = حسابك: كلمة المرور ورموز الواجهة البرمجية والتفضيلات
nav-log-out = تسجيل الخروج
notice-undo = تراجع

prefs-label = اللغة والمظهر
prefs-language = اللغة
prefs-language-browser = لغة المتصفح
prefs-theme = المظهر
prefs-apply = تطبيق
theme-system = مثل النظام
theme-light = فاتح
theme-dark = داكن

list-separator = {"، "}
list-and = { $rest } و{ $last }

verbatim = { $text }

action-edit = تعديل
action-delete = حذف
action-remove = إزالة
column-actions = الإجراءات
