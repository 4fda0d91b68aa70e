## Error pages, refusals and the rules' messages.

error-status = خطأ { $status }
error-back = العودة إلى قائمة الطلاب
error-not-found = الصفحة غير موجودة
error-not-found-text = لا يوجد شيء على هذا العنوان. ربما حُذف الطالب، أو كُتب الرابط خطأ.
error-not-logged-in = لم تسجّل الدخول
error-refused = رُفض الطلب
error-bad-request = طلب غير صالح
error-invalid = يتعذر الحفظ
error-invalid-text = بعض ما أُرسل غير مناسب. لم يتغير شيء: ارجع وراجع النموذج.
error-changed = تغيّر في أثناء ذلك
error-changed-text = غيّر شخص آخر هذا السجل، لذا لم يتغير شيء. أعد تحميل الصفحة وحاول مرة أخرى.
error-timeout = بطيء جدًا
error-timeout-text = استغرق وصول النموذج وقتًا طويلًا، لذا لم يتغير شيء. تحقق من الاتصال وأرسله من جديد.
error-too-large = النموذج كبير جدًا
error-too-large-text = النموذج المرسل أكبر مما يقبله هذا التطبيق (256 كيبيبايت). اختصر النص وحاول مرة أخرى.
error-method = الطريقة غير مسموحة
error-method-text = هذا العنوان موجود لكنه لا يقبل هذا النوع من الطلبات. تُقرأ الصفحات بـ GET وتُرسل النماذج بـ POST.
error-media-type = ترميز نموذج غير مدعوم
error-media-type-text = يجب إرسال النماذج بصيغة application/x-www-form-urlencoded، كما يفعل المتصفح.
error-too-slow = بطيء جدًا في الإجابة
error-too-slow-text = استغرق العثور على هؤلاء الطلاب أطول مما يسمح به التطبيق، فتوقف. ضيّق البحث: أحرف أكثر، أو عامل تصفية، أو ترتيب آخر.
error-unavailable = غير متاح مؤقتًا
error-unavailable-text = يتعذر الوصول إلى قاعدة البيانات الآن، لذا لم يُقرأ أو يتغير شيء. يُرجى المحاولة بعد لحظات.
error-internal = حدث خطأ ما
error-internal-text = تعذّر على التطبيق إتمام هذا الطلب. لم يتغير شيء؛ يُرجى المحاولة مرة أخرى. التفاصيل في سجل الخادم.
error-unreadable = تتعذر قراءة الطلب: { $why }.
error-form-unreadable = تتعذر قراءة النموذج.
error-body-unreadable = تتعذر قراءة المحتوى.
error-upload-unreadable = تتعذر قراءة الملف المرفوع.
error-form-not-utf8 = يحتوي النموذج على نص ليس بترميز UTF-8 صالح.
error-form-shape = في النموذج حقل مكرر أو حقل من نوع خاطئ.
error-form-no-version = لا يذكر النموذج أي نسخة من الطالب يغيّرها. افتح صفحة التعديل من جديد.

refused-cross-site = جاء هذا الطلب من موقع آخر، لذا رُفض ولم يتغير شيء.
refused-csrf = رمز الأمان في النموذج مفقود أو قديم (يحدث هذا إذا بقيت الصفحة مفتوحة طويلًا أو كانت ملفات تعريف الارتباط محظورة). لم يتغير شيء: ارجع وأعد تحميل الصفحة وأرسل من جديد.
refused-admins-only = المديرون وحدهم يديرون الحسابات. لم يتغير شيء.
refused-viewer = يستطيع دورك قراءة السجلات لا تغييرها. لم يتغير شيء؛ اطلب من مدير دور المحرر.
refused-setup-link = رابط الإعداد هذا غير صالح: استُخدم من قبل (يوجد حساب، فسجّل الدخول)، أو كُتب خطأ. ما دام لا يوجد حساب، يكتب التطبيق رابطًا جديدًا في السجل كلما بدأ.
refused-student-email-taken = يوجد طالب بهذا البريد بالفعل.
refused-email-taken-since = لم تتم الاستعادة: لدى طالب آخر بريده الآن. غيّر بريد ذلك الطالب أولًا، ثم أعد الاستعادة.
refused-course-code-taken = لمقرر آخر هذا الرمز.
refused-code-taken-since = لم تتم الاستعادة: لمقرر آخر رمزه الآن. غيّر رمز ذلك المقرر أولًا، ثم أعد الاستعادة.
refused-already-enrolled = مسجَّل في هذا المقرر بالفعل.
refused-course-deleted = لم يعد ذلك المقرر موجودًا.
refused-unknown-course = لا يوجد مقرر بهذا المعرّف.
refused-account-email-taken = لحساب آخر هذا البريد.
refused-last-admin = هذا آخر مدير: اجعل حسابًا آخر مديرًا أولًا، كي يبقى من يدير الحسابات.
refused-own-account = لا يمكنك إزالة حسابك. يستطيع ذلك مدير آخر.
refused-wrong-password = هذه ليست كلمة مرورك الحالية.
refused-too-many-attempts-seconds = محاولات فاشلة كثيرة. انتظر { $count ->
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $count } ثوانٍ
    [many] { $count } ثانية
   *[other] { $count } ثانية
} ثم حاول مرة أخرى.
refused-too-many-attempts-minutes = محاولات فاشلة كثيرة. انتظر { $count ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
} ثم حاول مرة أخرى.
refused-field-taken = لدى طالب آخر القيمة نفسها في { $field }.
refused-field-taken-since = لم تتم الاستعادة: لدى طالب آخر الآن قيمته في { $field }. غيّر قيمة ذلك الطالب أولًا ثم أعد الاستعادة.
