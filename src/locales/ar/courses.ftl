## Courses: the list, a course's page, the form, notices.

course-add = إضافة مقرر
course-add-heading = إضافة مقرر
course-edit-heading = تعديل { $course }
form-save-changes = حفظ التغييرات
courses-tools = المزيد عن المقررات
courses-import-enrollments = استيراد التسجيلات
courses-export = تصدير المقررات
courses-export-enrollments = تصدير التسجيلات
courses-find = البحث عن مقررات
courses-search-placeholder = الرمز أو العنوان
courses-none-match = لا توجد مقررات مطابقة
courses-none-search = لا يحتوي رمز أي مقرر ولا عنوانه على «{ $search }».
courses-show-all = عرض كل المقررات
courses-empty = لا توجد مقررات بعد
courses-empty-hint = أضف مقررات، ثم سجّل الطلاب فيها من صفحة كل طالب.
courses-add-first = إضافة أول مقرر
courses-pages = صفحات المقررات
courses-caption = المقررات، حسب الرمز
course-no-description = لا يوجد وصف.
course-back = العودة إلى كل المقررات
course-students = الطلاب ({ $count })
course-nobody = لم يُسجَّل أحد بعد. سجّل الطلاب من صفحاتهم.
course-in-list = عرض هؤلاء الطلاب في قائمة الطلاب
course-student = الطالب
course-code-hint = فريد، مثل BIO-101؛ ويُحفظ بالأحرف الكبيرة.
course-description-optional = الوصف (اختياري)
course-delete-question = حذف { $course }؟
course-delete-explanation = يُحذف بهذا المقرر <strong>{ $course }</strong>{ $also }. ويبقى الطلاب.
    ويمكن استعادته مع تسجيلاته خلال ٣٠ يومًا من <a href="/deleted/">المحذوفات الأخيرة</a>.
course-delete-button = حذف المقرر
course-added = أُضيف المقرر { $course }.
course-saved = حُفظت التغييرات على { $course }.
course-deleted = حُذف المقرر { $course }{ $also }. ويمكن استعادته من المحذوفات الأخيرة خلال { $days } يومًا.
course-restored = استُعيد المقرر { $course }{ $also }.{ $lost ->
    [0] {""}
    [one] {" "}تعذّرت استعادة تسجيل واحد: حُذف الطالب.
    [two] {" "}تعذّرت استعادة تسجيلين: حُذف الطالبان.
    [few] {" "}تعذّرت استعادة { $lost } تسجيلات: حُذف الطلاب.
   *[other] {" "}تعذّرت استعادة { $lost } تسجيلًا: حُذف الطلاب.
}
