## Accounts: the admins' pages, the own-account page, roles.

role-admin = مدير
role-editor = محرر
role-viewer = قارئ
role-admin-may = يعدّل السجلات ويدير الحسابات
role-editor-may = ينشئ السجلات ويعدّلها ويحذفها
role-viewer-may = يقرأ السجلات

account-added = أُضيف { $name } ({ $email }) بصفة { $role }. سلّمه كلمة المرور شخصيًا.
account-saved = حُفظ { $name } ({ $email }، { $role }).
account-saved-password = حُفظ { $name } ({ $email }، { $role }). أنهت كلمة المرور الجديدة جلساته{ $tokens ->
    [0] {""}
    [one] {" "}وأُلغي رمز واحد للواجهة البرمجية
    [two] {" "}وأُلغي رمزان للواجهة البرمجية
    [few] {" "}وأُلغيت { $tokens } رموز للواجهة البرمجية
   *[other] {" "}وأُلغي { $tokens } رمزًا للواجهة البرمجية
}.
account-removed = أُزيل { $name } ({ $email }): لم تعد جلساته ورموزه تعمل.
account-add = إضافة حساب
account-add-heading = إضافة حساب
account-edit-heading = تعديل { $name }
account-save = حفظ الحساب
accounts-roles = المديرون يعدّلون السجلات ويديرون الحسابات، والمحررون ينشئون السجلات ويعدّلونها ويحذفونها،
    والقرّاء يقرؤونها فقط.
account-role = الدور
account-since = منذ
account-you = أنت
account-remove-one = إزالة { $name }
account-remove-confirm = إزالة حساب { $name } ({ $email })؟ ستتوقف جلساته ورموزه عن العمل.
account-remove-question = إزالة { $name }؟
account-remove-explanation = يُزال بهذا حساب <strong>{ $name }</strong> ({ $email }).
    تتوقف جلساته ورموزه فورًا. وتحتفظ السجلات التي غيّرها بسجلّ تغييراتها.
account-remove-button = إزالة الحساب
account-email-hint = يسجّل الدخول به.
account-new-password = كلمة مرور جديدة (اختيارية)
account-new-password-hint = اتركها فارغة للإبقاء على الحالية. كلمة المرور الجديدة تُخرجه من كل مكان.
account-password = كلمة المرور
account-password-hint = ١٠ أحرف على الأقل. سلّمها شخصيًا؛ ويمكنه تغييرها من صفحة حسابه.
account-password-again = أعد كتابة كلمة المرور
