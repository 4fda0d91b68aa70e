## The own-account page: preferences, password, API tokens.

own-title = حسابك
own-preferences = اللغة والمنطقة الزمنية والمظهر
own-preferences-hint = تظهر التواريخ والأوقات في صفحاتك بمنطقتك الزمنية ({ $zone } ما لم تختر غيرها).
own-time-zone = المنطقة الزمنية
own-time-zone-server = منطقة الخادم ({ $zone })
own-preferences-save = حفظ التفضيلات
own-password-heading = تغيير كلمة المرور
own-password-hint = يُخرجك هذا من كل مكان، بما فيه هذا المتصفح، ويلغي رموزك للواجهة البرمجية.
own-current-password = كلمة المرور الحالية
own-new-password = كلمة المرور الجديدة
own-new-password-hint = ١٠ أحرف على الأقل.
own-new-password-again = أعد كتابة كلمة المرور الجديدة
own-password-change = تغيير كلمة المرور
own-tokens = رموز الواجهة البرمجية
own-tokens-hint = يرسل البرنامج النصي الرمز بصيغة <code>Authorization: Bearer …</code> إلى
    <a href="/api/openapi.json">واجهة JSON البرمجية</a>، بصلاحيات دورك. ألغِ كل رمز لم تعد تستخدمه.
own-token-new = رمزك الجديد (انسخه الآن؛ لن يظهر مرة أخرى):
own-tokens-none = ليست لديك رموز للواجهة البرمجية.
own-token-ends = ينتهي بـ
own-token-created = أُنشئ
own-token-used = آخر استخدام
own-token-never = أبدًا
own-token-revoke-confirm = إلغاء الرمز { $name }؟ ستتوقف البرامج التي تستخدمه عن العمل.
own-token-revoke-one = إلغاء { $name }
own-token-revoke = إلغاء
own-token-heading = رمز جديد
own-token-name-hint = الغرض من الرمز، مثل «التصدير الليلي».
own-token-password = كلمة مرورك الحالية
own-token-password-hint = يعمل الرمز بصلاحياتك إلى أن يُلغى، لذا يتطلب كلمة مرورك.
own-token-create = إنشاء رمز
password-changed = تغيّرت كلمة مرورك وانتهت كل الجلسات{ $tokens ->
    [0] {""}
    [one] {" "}وأُلغي رمز واحد للواجهة البرمجية
    [two] {" "}وأُلغي رمزان للواجهة البرمجية
    [few] {" "}وأُلغيت { $tokens } رموز للواجهة البرمجية
   *[other] {" "}وأُلغي { $tokens } رمزًا للواجهة البرمجية
}. سجّل الدخول بكلمة المرور الجديدة.
token-created = أُنشئ رمز الواجهة البرمجية «{ $name }». انسخه الآن: لا يظهر إلا مرة واحدة.
token-revoked = أُلغي رمز الواجهة البرمجية «{ $name }»: لم يعد يعمل.
