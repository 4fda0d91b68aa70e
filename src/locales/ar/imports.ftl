## Importing CSV files: the upload form, the preview, the report's problems, notices.

import-title = استيراد الطلاب
import-heading = الاستيراد من ملف CSV
import-intro = احفظ جدول البيانات بصيغة «CSV UTF-8»؛ يسمّي صفه الأول الأعمدة، بأي ترتيب.
    سترى كل صف وقد فُحص قبل إضافة أي شيء.
import-holds = يحتوي الملف على
import-students-hint = الأعمدة <strong>firstname</strong> و<strong>lastname</strong> و<strong>email</strong>، واختياريًا <strong>age</strong> و<strong>bio</strong> (ملف «تصدير CSV» يصلح كما هو).
import-enrollments-hint = الأعمدة <strong>email</strong> (بريد الطالب) و<strong>course</strong> (رمز المقرر، مثل BIO-101)، واختياريًا <strong>grade</strong>.
import-file = ملف CSV
import-file-hint = { $limit } ميغابايت و{ $rows } صف على الأكثر.
import-check = فحص الملف
import-preview-title = معاينة الاستيراد: { $file }
import-preview = معاينة الاستيراد
import-uploaded = { $file }، رُفع في { $when }. لا يُضاف شيء حتى تؤكد.
import-summary = { $added ->
    [0] لن يُضاف شيء ({ $what })
   *[other] سيُضاف { $what }
}{ $problems ->
    [0] .
    [one] ؛ في صف واحد مشكلات وسيُستبعد.
    [two] ؛ في صفين مشكلات وسيُستبعدان.
    [few] ؛ في { $problems } صفوف مشكلات وستُستبعد.
   *[other] ؛ في { $problems } صفًا مشكلات وستُستبعد.
}
import-not-read = لم يُقرأ: { $columns } (يحدد التطبيق المعرّفات والأسماء والتواريخ بنفسه).
import-add = إضافة { $what }
import-cancel = إلغاء الاستيراد
import-another = رفع ملف آخر
import-problems = المشكلات ({ $count })
import-problems-hint = تُستبعد هذه الصفوف. أصلحها في الملف وارفعه من جديد، أو أضفها يدويًا.
import-row = الصف
import-column = العمود
import-problem = المشكلة
import-more-problems = و{ $count } أخرى.
import-to-add = ما سيُضاف{ $more ->
    [yes] {" "}(أول { $shown })
   *[no] {""}
}

import-not-utf8 = الملف ليس نصًا بترميز UTF-8 (السطر { $line }). احفظه بصيغة «CSV UTF-8» وارفعه من جديد.
import-empty = الملف فارغ: يحتاج إلى صف عناوين وصف لكل سجل.
import-header-unreadable = تتعذر قراءة صف العناوين: { $why }.
import-row-unreadable = تتعذر قراءة هذا الصف: { $why }.
import-too-many-rows = في الملف أكثر من { $max } صف: قسّمه إلى ملفات أصغر.
import-too-many-cells = في هذا الصف { $cells } خلايا؛ وفي صف العناوين { $header }.
import-no-rows = في الملف صف عناوين ولكن لا صفوف للاستيراد.
import-column-twice = العمود «{ $column }» مذكور مرتين.
import-unknown-columns = { $count ->
    [one] عمود غير معروف
   *[other] أعمدة غير معروفة
}: { $columns }. الأعمدة هي { $known }{ $keep ->
    [yes] {" "}(ويمكن إبقاء { $ignored } من ملف التصدير)
   *[no] {""}
}.
import-missing-columns = ليس في صف العناوين { $count ->
    [one] العمود
   *[other] الأعمدة
} { $columns }. يجب أن يسمّي الصف الأول الأعمدة.
import-same-email = البريد نفسه كما في الصف { $row }: كل طالب مرة واحدة.
import-same-enrollment = الطالب والمقرر نفسهما كما في الصف { $row }.
import-unknown-student = لا يوجد طالب بهذا البريد.
import-unknown-course = لا يوجد مقرر بهذا الرمز.
import-choose-file = اختر ملف CSV للاستيراد.
import-too-large = حجم الملف أكبر من { $limit } ميغابايت: قسّمه إلى ملفات أصغر.
import-done = استُورد { $what } من { $file }.
import-changed-meanwhile = لم يُستورد شيء: تغيّرت السجلات في أثناء ذلك (أُخذ بريد، أو حُذف طالب أو مقرر). راجع المعاينة من جديد.
import-cancelled = أُلغي الاستيراد: لم يُضف شيء.
import-undone = تم التراجع عن الاستيراد: حُذف { $count ->
    [one] طالب واحد
    [two] طالبان
    [few] { $count } طلاب
    [many] { $count } طالبًا
   *[other] { $count } طالب
}. ويمكن استعادتهم من المحذوفات الأخيرة خلال { $days } يومًا.
import-undone-already = لا شيء للتراجع عنه: كان طلاب ذلك الاستيراد محذوفين من قبل.
import-same-value = القيمة نفسها في { $field } كما في الصف { $row }: كل قيمة مرة واحدة.
