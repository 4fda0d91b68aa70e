## Forms: labels, hints, the error summary, buttons every form shares.

form-problems = { $count ->
    [zero] لا توجد مشكلات
    [one] توجد مشكلة في حقل واحد
    [two] توجد مشكلات في حقلين
    [few] توجد مشكلات في { $count } حقول
    [many] توجد مشكلات في { $count } حقلًا
   *[other] توجد مشكلات في { $count } حقل
}
form-cancel = إلغاء

field-firstname = الاسم الأول
field-lastname = اسم العائلة
field-email = البريد الإلكتروني
field-age = العمر
field-bio = نبذة
field-code = الرمز
field-title = العنوان
field-description = الوصف
field-grade = الدرجة
field-course = المقرر
field-course-code = رمز المقرر
field-display-name = الاسم المعروض
field-token-name = الاسم
field-unknown = حقل
field-optional = { $field } (اختياري)
field-yes = نعم
field-no = لا
field-list = { $items }
