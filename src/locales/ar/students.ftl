## Students: notices, confirmations, the list, a student's page, the form.

and-enrollments = { $count ->
    [0] {""}
    [one] {" "}وتسجيله الوحيد
    [two] {" "}وتسجيلَيه
    [few] {" "}و{ $count } تسجيلات
    [many] {" "}و{ $count } تسجيلًا
   *[other] {" "}و{ $count } تسجيل
}
student-added = أُضيف الطالب { $name }.
student-saved = حُفظت التغييرات على { $name }.
student-unchanged = لا شيء للحفظ: كان { $name } كما في النموذج.
student-saved-kept = حُفظت التغييرات على { $name }. وأُبقي { $count ->
    [one] التغيير الأحدث
   *[other] التغييرات الأحدث
} { $people ->
    [0] لشخص آخر
   *[other] من { $who }
} في { $fields }.
student-deleted = حُذف الطالب { $name }{ $also }. ويمكن استعادته من المحذوفات الأخيرة خلال { $days } يومًا.
student-restored = استُعيد الطالب { $name }{ $also }.{ $lost ->
    [0] {""}
    [one] {" "}تعذّرت استعادة تسجيل واحد: حُذف المقرر.
    [two] {" "}تعذّرت استعادة تسجيلين: حُذف المقرران.
    [few] {" "}تعذّرت استعادة { $lost } تسجيلات: حُذفت المقررات.
   *[other] {" "}تعذّرت استعادة { $lost } تسجيلًا: حُذفت المقررات.
}
restored-already = { $name } مستعاد بالفعل.

student-delete-question = حذف { $name }؟
student-delete-explanation = يُحذف بهذا <strong>{ $name }</strong> ({ $email }){ $also }.
    ويمكن استعادته خلال ٣٠ يومًا من <a href="/deleted/">المحذوفات الأخيرة</a>.
student-delete-button = حذف الطالب

enrollment-added = سُجّل { $name } في { $course }.
enrollment-removed = أُزيل { $name } من { $course }.
enrollment-remove-question = إزالة { $name } من { $course }؟
enrollment-remove-explanation = يُحذف التسجيل ودرجته؛ ويبقى الطالب والمقرر.
enrollment-remove-button = إزالة التسجيل

column-name = الاسم
column-enrollments = التسجيلات
student-age = { $count ->
    [zero] عمره أقل من سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $count } سنوات
    [many] { $count } سنة
   *[other] { $count } سنة
}
history-created = أُنشئ
history-edited = عُدّل
history-deleted = حُذف
history-restored = استُعيد
history-imported = استُورد
student-age-none = غير محدد
student-joined = الانضمام
student-updated = آخر تحديث
student-bio-none = لا نبذة بعد.
student-back-to-list = العودة إلى كل الطلاب
student-delete-confirm = حذف { $name }{ $also }؟ يمكن استعادته خلال ٣٠ يومًا.
student-no-courses = غير مسجَّل في أي مقرر بعد.
student-no-courses-yet = لا توجد مقررات بعد: <a href="/courses/create/">أضف مقررًا</a>.
student-in-every-course = مسجَّل في كل المقررات.
enrollment-enrolled = تاريخ التسجيل
enrollment-remove-from = إزالة من { $course }
enrollment-heading = التسجيل في…
enrollment-choose = اختر مقررًا
enrollment-grade-optional = الدرجة أو الحالة (اختيارية)
enrollment-enroll = تسجيل
history-heading = سجلّ التغييرات
history-by = بواسطة { $who }
history-version = الإصدار { $version }
history-field = الحقل
history-before = قبل
history-after = بعد
history-most-recent = أحدث { $shown } من { $total } تغييرًا.

students-title = الطلاب
list-sort-by = الترتيب حسب { $column }
list-caption = الطلاب، مرتبون حسب { $column } ({ $order ->
    [descending] تنازليًا
   *[ascending] تصاعديًا
})
list-count-exactly = العدّ بدقة
list-count-too-slow = عدّ كل النتائج يستغرق وقتًا طويلًا: ضيّق البحث لعدّها.
list-more-matches = أكثر من { $shown } طالب يطابقون «{ $search }»، لذا تعرض القائمة { $shown } منهم. اكتب المزيد من الاسم أو البريد لتضييق البحث؛ التصدير يضم كل النتائج.
pager-top = الصفحات (أعلى)
pager-bottom = الصفحات (أسفل)
pager-first = « الأولى
pager-previous = ‹ السابقة
pager-next = التالية ›
pager-last = الأخيرة »
pager-page = الصفحة { $number }
pager-jump = الصفحة
pager-of = من { $pages }
pager-go = انتقال
pager-one-of = { $at } من { $total }
pager-range = { $from }–{ $to } من { $total }
pager-shown-of = { $count } معروضة من { $total }
list-tools = المزيد لهذه القائمة
list-import = استيراد CSV
list-export = تصدير CSV
list-export-excel = CSV لبرنامج Excel
list-export-excel-title = مع علامة ترتيب البايت التي يحتاجها Excel لقراءة الأسماء صحيحة
list-find = البحث عن طلاب
list-search = بحث
list-search-placeholder = الاسم أو البريد
list-filters = عوامل التصفية وحجم الصفحة{ $count ->
    [0] {""}
   *[other] {" "}({ $count } مفعّلة)
}
list-age-min = أصغر عمر
list-age-max = أكبر عمر
list-from = من
list-to = إلى
list-joined-between = انضموا بين
list-joined-from = انضموا في هذا اليوم أو بعده
list-joined-to = انضموا في هذا اليوم أو قبله
list-joined-on = انضم
list-per-page = لكل صفحة
list-any-course = أي مقرر
list-clear = مسح
list-in-course = طلاب <a href="{ $href }">{ $course }</a>
list-all-courses = عرض كل المقررات
list-none-match = لا يوجد طلاب مطابقون
list-none-search = لا يحتوي اسم أحد ولا بريده على «{ $search }»{ $ages ->
    [yes] {" "}في هذه الفئة العمرية
   *[no] {""}
}.
list-none-ages = لا أحد في هذه الفئة العمرية.
list-none-joined = لم ينضم أحد في تلك الأيام.
list-none-course = لا أحد مسجَّل في هذا المقرر.
list-show-all = عرض كل الطلاب
list-empty = لا يوجد طلاب بعد
list-empty-hint = تظهر هنا السجلات التي تضيفها.
list-add-first = إضافة أول طالب
list-select = تحديد
list-select-one = تحديد { $name }
list-edit-one = تعديل { $name }
list-delete-one = حذف { $name }
bulk-label = الطلاب المحددون
bulk-selected-none = لم يُحدَّد أحد
bulk-selected = { $count ->
    [one] طالب واحد محدد
    [two] طالبان محددان
    [few] { $count } طلاب محددون
    [many] { $count } طالبًا محددًا
   *[other] { $count } طالب محدد
}
bulk-all-selected = حُددت كل النتائج المطابقة ({ $total })
bulk-clear-selection = إلغاء التحديد
bulk-select-page = تحديد كل ما في هذه الصفحة
bulk-all-matching = كل النتائج المطابقة ({ $total })
bulk-export = تصدير المحدد
bulk-course-label = المقرر الذي يُسجَّلون فيه
bulk-course-choose = المقرر…
bulk-enroll = تسجيل المحددين
bulk-delete = حذف المحددين…

deleted-title = المحذوفات الأخيرة
deleted-courses-hint = تعود المقررات المحذوفة مع تسجيلاتها التي ما زال طلابها موجودين.
deleted-when = تاريخ الحذف
deleted-by = بواسطة
deleted-restore = استعادة
deleted-restore-one = استعادة { $name }{ $also }
deleted-restore-all = استعادة الكل
deleted-restore-batch = استعادة { $students } المحذوفين في { $when }
deleted-students-hint = يمكن استعادة الطلاب المحذوفين مع تسجيلاتهم خلال { $days } يومًا.
    بعد ذلك تُمحى بياناتهم؛ وتبقى تواريخ تغييراتهم وحقولها في سجلّ التغييرات.
deleted-together = حُذفوا معًا
deleted-one-by-one = واحدًا واحدًا
deleted-none = لم يُحذف أي طالب في آخر { $days } يومًا.
deleted-most-recent = أحدث { $shown } محذوفين من { $total }.

student-add-heading = إضافة طالب جديد
student-email-hint = يجب أن يكون فريدًا؛ ولا يهم حجم الأحرف.
student-age-optional = العمر (اختياري)
student-age-hint = سنوات كاملة، من ٠ إلى ١٥٠.
student-bio-optional = نبذة (اختيارية)
student-add-another = حفظ وإضافة آخر
conflict-who = { $count ->
    [0] شخص آخر
   *[other] { $names }
}
conflict-heading = غيّر { $who } هذا الطالب أثناء تعديلك له
conflict-saved-at = لم تُحفظ تغييراتك بعد. النسخة المحفوظة من { $when }.
    يحتوي النموذج أدناه على تغييراتهم حيث غيّروا وحدهم حقلًا، وعلى تغييراتك في كل ما عدا ذلك.
conflict-original = عند فتحك له
conflict-saved-since = المحفوظ منذ ذلك الحين
conflict-yours = قيمتك
conflict-not-known = (غير معروف)
conflict-hint = راجع الحقول المعلَّمة في النموذج (كل منها يحمل قيمتك؛ غيّرها للجمع بين القيمتين)
    ثم احفظ. للإبقاء على النسخة المحفوظة كما هي، تجاهل تغييراتك.
conflict-both = غيّره الطرفان: اختر
conflict-theirs = تغييرهم، أُبقي
conflict-mine = تغييرك
conflict-same = التغيير نفسه
conflict-field = غيّرتَ { $field } وغيّره شخص آخر أيضًا: راجعه قبل الحفظ.
conflict-save = حفظ النسخة المدمجة
conflict-discard = تجاهل تغييراتي

bulk-delete-question = { $count ->
    [two] حذف الطالبين؟
    [few] حذف { $count } طلاب؟
    [many] حذف { $count } طالبًا؟
   *[other] حذف { $count } طالب؟
}
bulk-delete-explanation = يُحذف بهذا الطلاب أدناه{ $also }. ويمكن استعادتهم معًا خلال ٣٠ يومًا،
    بنقرة استعادة واحدة، من <a href="/deleted/">المحذوفات الأخيرة</a>.
bulk-delete-caption = الطلاب الذين سيُحذفون
bulk-delete-button = { $count ->
    [one] حذف طالب واحد
    [two] حذف طالبين
    [few] حذف { $count } طلاب
    [many] حذف { $count } طالبًا
   *[other] حذف { $count } طالب
}
bulk-deleted = حُذف { $count ->
    [one] طالب واحد
    [two] طالبان
    [few] { $count } طلاب
    [many] { $count } طالبًا
   *[other] { $count } طالب
}{ $also }. ويمكن استعادتهم معًا من المحذوفات الأخيرة خلال { $days } يومًا.
bulk-deleted-already = كان هؤلاء الطلاب محذوفين من قبل.
bulk-enrolled = سُجّل { $count ->
    [zero] لا أحد
    [one] طالب واحد
    [two] طالبان
    [few] { $count } طلاب
    [many] { $count } طالبًا
   *[other] { $count } طالب
} في { $course }.{ $already ->
    [0] {""}
    [one] {" "}واحد كان مسجَّلًا من قبل.
    [two] {" "}اثنان كانا مسجَّلين من قبل.
   *[other] {" "}{ $already } كانوا مسجَّلين من قبل.
}{ $gone ->
    [0] {""}
    [one] {" "}واحد حُذف في أثناء ذلك.
    [two] {" "}اثنان حُذفا في أثناء ذلك.
   *[other] {" "}{ $gone } حُذفوا في أثناء ذلك.
}
bulk-none-left = لم يعد أي من هؤلاء الطلاب موجودًا.
bulk-restored = استُعيد { $count ->
    [one] طالب واحد
    [two] طالبان
    [few] { $count } طلاب
    [many] { $count } طالبًا
   *[other] { $count } طالب
}{ $also }.
bulk-restore-email-taken = لم تتم الاستعادة: لدى طالب آخر الآن بريد { $name }، لذا لم يعد أحد من المجموعة. غيّر بريد ذلك الطالب، أو استعد الآخرين واحدًا واحدًا من المحذوفات الأخيرة.
bulk-restored-already = استُعيد هؤلاء الطلاب من قبل، أو لم تعد استعادتهم ممكنة.
bulk-restore-field-taken = لم تتم الاستعادة: لدى طالب آخر الآن قيمة { $field } الخاصة بـ { $name }، لذا لم يعد أحد من المجموعة. غيّر قيمة ذلك الطالب، أو استعد الآخرين واحدًا واحدًا من المحذوفات الأخيرة.
