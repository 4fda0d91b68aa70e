## صفحة الحقول: الحقول التي تحددها المدرسة لطلابها.

nav-fields = الحقول
fields-intro = الحقول التي لدى كل طالب. أضف حقول مدرستك — رقم الطالب، الصف، تاريخ الميلاد، الموافقة — فتظهر في النماذج وصفحات الطلاب والقائمة وملفات CSV والواجهة البرمجية.
fields-school-heading = حقول مدرستك
fields-builtin-heading = الحقول المدمجة
fields-retired-heading = الحقول الموقوفة
fields-retired-intro = مخفية من النماذج والقائمة؛ تُحفظ قيم الطلاب وتعود مع الحقل.
fields-none = لا توجد حقول خاصة بعد.
fields-add = أضف حقلًا
fields-builtin = مدمج
fields-column-label = التسمية
fields-column-key = المفتاح
fields-column-kind = النوع
fields-column-rules = القواعد
fields-column-values = طلاب لديهم قيمة
fields-kind-short_text = نص قصير
fields-kind-long_text = نص طويل
fields-kind-whole_number = عدد صحيح
fields-kind-date = تاريخ
fields-kind-yes_no = نعم أو لا
fields-kind-choice = خيار واحد من قائمة
fields-kind-choices = عدة خيارات من قائمة
fields-kind-email = بريد إلكتروني
fields-rule-required = إلزامي
fields-rule-unique = فريد
fields-rule-in-list = في القائمة
fields-rule-searchable = قابل للبحث
fields-edit-one = عدّل الحقل { $field }
fields-move-up-one = انقل { $field } إلى الأعلى
fields-move-down-one = انقل { $field } إلى الأسفل
fields-retire = أوقف
fields-retire-one = أوقف { $field }
fields-bring-back = أعِد
fields-bring-back-one = أعِد { $field }
fields-delete-one = احذف الحقل { $field }
fields-add-heading = أضف حقلًا
fields-edit-heading = عدّل الحقل { $field }
fields-label-legend = التسمية
fields-label-hint = اكتبها بلغة واحدة على الأقل؛ حيث لا توجد تسمية بلغة ما تُعرض أول تسمية مكتوبة.
fields-in-language = بـ{ $language }
fields-key-label = المفتاح
fields-key-hint = اسم الحقل في ملفات CSV والواجهة البرمجية. يُصنع من التسمية إذا تُرك فارغًا: حروف لاتينية صغيرة وأرقام وشرطات سفلية.
fields-key-fixed = { $count ->
    [one] (ثابت: لدى طالب واحد قيمة)
   *[other] (ثابت: لدى { $count } طالبًا قيمة)
}
fields-help-legend = نص مساعد تحت الحقل (اختياري)
fields-kind-label = النوع
fields-rules-legend = القواعد
fields-required-label = إلزامي: لا يُحفظ طالب بدونه
fields-unique-label = فريد: لا يتشارك طالبان قيمة، دون تمييز حالة الأحرف (نص قصير وأعداد صحيحة)
fields-in-list-label = اعرضه عمودًا في قائمة الطلاب
fields-searchable-label = يبحث فيه بحث القائمة (نص قصير)
fields-max-chars-label = أطول قيمة، بالأحرف
fields-max-chars-hint = للنص: حتى 200 للنص القصير و10000 للنص الطويل.
fields-min-label = أصغر قيمة
fields-max-label = أكبر قيمة
fields-range-hint = للأعداد الصحيحة والتواريخ (تُكتب 2011-04-02)؛ فارغ لعدم وجود حد.
fields-choices-label = الخيارات
fields-choices-hint = لقائمة: خيار في كل سطر. غيّر نص السطر في مكانه لإعادة تسمية خيار؛ يحتفظ به الطلاب الذين اختاروه.
fields-save = احفظ الحقل
fields-added = أُضيف الحقل { $field }.
fields-saved = حُفظ الحقل { $field }.
fields-moved = نُقل الحقل.
fields-retired = أُوقف الحقل { $field }: مخفي من النماذج والقائمة، وقيمه محفوظة.
fields-brought-back = أُعيد الحقل { $field }.
fields-deleted = { $count ->
    [one] حُذف الحقل { $field } والقيمة التي كانت لدى طالب واحد.
   *[other] حُذف الحقل { $field } وقيم { $count } طالبًا.
}
fields-delete-question = أتحذف الحقل { $field }؟
fields-delete-explanation = { $count ->
    [0] لا توجد لدى أي طالب قيمة فيه بعد.
    [one] لدى طالب واحد قيمة فيه: تُمحى أيضًا ولا يمكن استعادتها. لإخفاء الحقل والإبقاء على القيمة، أوقفه بدلًا من ذلك.
   *[other] لدى { $count } طالبًا قيمة فيه: تُمحى أيضًا ولا يمكن استعادتها. لإخفاء الحقل والإبقاء على القيم، أوقفه بدلًا من ذلك.
}
fields-delete-button = احذف الحقل وقيمه
fields-error-move = حدّد اتجاه نقل الحقل: إلى الأعلى أو إلى الأسفل.
field-label = التسمية
field-help = النص المساعد
field-choice = خيار
field-error-label = أعطِ الحقل تسمية بلغة واحدة على الأقل.
field-error-key = المفتاح حروف لاتينية صغيرة وأرقام وشرطات سفلية، يبدأ بحرف وطوله { $max } حرفًا على الأكثر، مثل date_of_birth.
field-error-key-needed = اكتب مفتاحًا: لا تحوي التسمية حروفًا يُصنع منها مفتاح.
field-error-key-reserved = «{ $key }» اسم حقل مدمج أو عمود: اختر مفتاحًا آخر.
field-error-key-taken = لدى حقل آخر هذا المفتاح بالفعل.
field-error-key-fixed = { $count ->
    [one] لا يمكن تغيير المفتاح: لدى طالب واحد قيمة، والملفات والبرامج تسمّي الحقل بمفتاحه.
   *[other] لا يمكن تغيير المفتاح: لدى { $count } طالبًا قيمة، والملفات والبرامج تسمّي الحقل بمفتاحه.
}
field-error-kind = اختر أحد الأنواع المعروضة.
field-error-kind-fixed = { $count ->
    [one] لا يمكن تغيير النوع ما دام لدى طالب واحد قيمة. أضف حقلًا جديدًا بدلًا من ذلك.
   *[other] لا يمكن تغيير النوع ما دام لدى { $count } طالبًا قيمة. أضف حقلًا جديدًا بدلًا من ذلك.
}
field-error-unique = النص القصير أو العدد الصحيح وحدهما يمكن أن يكونا فريدين.
field-error-searchable = النص القصير وحده يمكن البحث فيه.
field-error-max-chars = يجب أن تكون أطول قيمة عددًا صحيحًا من 1 إلى { $max }.
field-error-number = يجب أن تكون الحدود أعدادًا صحيحة بين ‎-{ $max } و{ $max }.
field-error-range = يجب ألا تكون أكبر قيمة أصغر من أصغر قيمة.
field-error-date = يجب أن تكون الحدود تواريخ بصيغة سنة-شهر-يوم، من { $min } إلى { $max }.
field-error-no-choices = أعطِ القائمة خيارًا واحدًا على الأقل، خيارًا في كل سطر.
field-error-many-choices = للقائمة { $max } خيارًا على الأكثر.
field-error-choice-semicolon = لا يمكن أن يحتوي الخيار على فاصلة منقوطة: الملفات تفصل بها بين الخيارات.
field-error-choice-twice = «{ $choice }» موجود في القائمة مرتين.
field-error-breaks = { $count ->
    [one] لدى طالب واحد قيمة لن يحتفظ بها هذا التغيير. غيّر تلك القيمة أولًا، أو اترك القاعدة كما كانت.
   *[other] لدى { $count } طالبًا قيم لن يحتفظ بها هذا التغيير. غيّر تلك القيم أولًا، أو اترك القاعدة كما كانت.
}
field-error-missing = { $count ->
    [one] ليس لدى طالب واحد قيمة بعد: أعطه واحدة أولًا، ثم اجعل الحقل إلزاميًا.
   *[other] ليس لدى { $count } طالبًا قيمة بعد: أعطهم قيمًا أولًا، ثم اجعل الحقل إلزاميًا.
}
list-any-value = أي قيمة
list-field-from = { $field }: من
list-field-to = { $field }: إلى
list-none-fields = لا يوجد طالب لديه القيم التي تطلبها المرشحات.
bulk-set-field-label = الحقل الذي يُعيَّن للطلاب المحددين
bulk-set-field-choose = عيّن حقلًا…
bulk-set-value-label = القيمة التي تُعيَّن
bulk-set-value-placeholder = القيمة
bulk-set = عيّن
bulk-set-done = { $count ->
    [one] عُيّن { $field } لطالب واحد.
   *[other] عُيّن { $field } لـ{ $count } طالبًا.
}
bulk-set-undone = { $count ->
    [one] أُعيدت قيمة طالب واحد.
   *[other] أُعيدت قيم { $count } طالبًا.
}{ $kept ->
    [0] {""}
    [one] {" "}احتفظ طالب واحد بالقيمة التي أعطاه إياها أحد بعد ذلك.
   *[other] {" "}احتفظ { $kept } طالبًا بالقيم التي أُعطيت لهم بعد ذلك.
}
bulk-error-field = اختر الحقل الذي تريد تعيينه وقيمته.
bulk-error-field-unique = { $field } فريد: لكل طالب قيمته، فلا يمكن تعيينه لكثيرين دفعة واحدة.
dashboard-per-field = الطلاب حسب { $field }
dashboard-per-field-desc = شريط لكل قيمة بطول عدد الطلاب الذين لديهم هذه القيمة؛ يقود كل شريط إلى قائمة هؤلاء الطلاب.
