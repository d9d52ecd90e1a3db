# Problems in a translation file, and the template `workbook translate` writes.

core-translation-unreadable = تتعذر قراءة الترجمة، لذا تُعرض كراستها بالإنجليزية: { $problem }
core-translation-missing = لا ترجمة `{ $lang }` لـ`{ $key }`
core-translation-missing-hint = أضف [{ $key }] إلى { $file } مع source = "{ $hash }" (يطبعه الأمر `workbook translate --lang { $lang } { $english }`)
core-translation-empty = `{ $key }` لم يُترجم بعد (نصه فارغ)
core-translation-empty-hint = اكتب الترجمة؛ وإلى ذلك الحين يُعرض النص الإنجليزي
core-translation-stale = `{ $key }` متقادم: تغيّر النص الإنجليزي منذ ترجمته؛ وهو الآن «{ $english }» ({ $place })
core-translation-stale-hint = حدّث الترجمة، ثم اكتب source = "{ $hash }"
core-translation-orphan = `{ $key }` يتيم: لا يسمّي أي نص في الملف الإنجليزي
core-translation-orphan-hint = احذفه، أو أعد تسميته وفق معرّفات الملف الإنجليزي (سؤال أو خيار أو عمود أُعيدت تسميته أو حُذف)
core-translation-aliases = في `{ $key }` مفتاح `aliases`، ولا يقبله إلا مصطلح المسرد
core-translation-aliases-hint = احذف `aliases` هنا
core-translation-layout = ترجمة `{ $key }` تغيّر التخطيط: في الإنجليزية { $english }، وفي الترجمة { $translation }
core-translation-layout-hint = حافظ على قوائم النص الإنجليزي وعناوينه؛ السطر الذي يبدأ بـ`#` أو `-` أو `*` أو `+` أو `1.` أو `>` يبدأ كتلة، فأعد توزيع النص حتى لا يبدأ أي سطر كتلة عن غير قصد
core-translation-bold = ترجمة `{ $key }` تفتح علامة خط عريض `**` ولا تغلقها
core-translation-bold-hint = اكتب الكلمات العريضة على صورة **كلمة**، مع زوج من `**` حول كل منها
core-translation-link = ترجمة `{ $key }` تُسقط الرابط { $link }
core-translation-link-hint = حافظ على الروابط كما هي في النص الإنجليزي تمامًا
core-translation-placeholders-hint = حافظ على `{ $answer }` و`{ $other }` و`{ $city }` كما هي في النص الإنجليزي تمامًا: تضع الخطة الإجابة هناك
core-translation-braces = في ترجمة `{ $key }` { $problem }
core-translation-drops = ترجمة `{ $key }` تُسقط { $placeholders }
core-translation-adds = ترجمة `{ $key }` تضيف { $placeholders }، وهو ما لا يوجد في النص الإنجليزي
core-translation-swaps = في ترجمة `{ $key }` { $translation } حيث في الإنجليزية { $english }
core-translation-syntax-hint = تحقق من صياغة TOML هنا: النص بين علامتي تنصيص، والجدول يبدأ بـ[name]، وكل اسم يُعرّف مرة واحدة
core-translation-not-entry = `{ $key }` هو { $value }، وليس مدخلًا فيه `source` و`text`
core-translation-not-entry-hint = اكتبه على صورة { $example }، مع المصدر الذي يعطيه `workbook translate`
core-translation-unknown-field = حقل غير معروف `{ $field }` في `{ $key }`
core-translation-unknown-field-hint = يضم المدخل `source` و`text` (ومصطلح المسرد `aliases`)؛ ضع الملاحظات الإنجليزية في تعليقات #
core-translation-bad-hash = قيمة `source` في `{ $key }` هي `{ $hash }`، وليست بصمة من { $digits } أرقام ست عشرية
core-translation-bad-hash-hint = انسخ المصدر من `workbook translate` (أو من `workbook validate --lang`)، ولا تكتبه يدويًا أبدًا
core-translation-not-text = `{ $field }` في `{ $key }` هو { $value }، وليس نصًا
core-translation-not-text-hint = ضع النص بين علامتي تنصيص
core-translation-no-field = لا `{ $field }` في `{ $key }`
core-translation-no-field-hint = يضم المدخل `source` (البصمة التي يعطيها `workbook translate`) و`text` (الترجمة)
core-translation-aliases-list = يجب أن تكون `aliases` في `{ $key }` قائمة نصوص
core-translation-aliases-list-hint = مثل aliases = ["جرائم الكراهية"]
