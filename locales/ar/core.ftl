core-answers-count = { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
   *[other] { $count } إجابة
}

core-date-long = { $day } { $month } { $year }
core-month-1 = يناير
core-month-2 = فبراير
core-month-3 = مارس
core-month-4 = أبريل
core-month-5 = مايو
core-month-6 = يونيو
core-month-7 = يوليو
core-month-8 = أغسطس
core-month-9 = سبتمبر
core-month-10 = أكتوبر
core-month-11 = نوفمبر
core-month-12 = ديسمبر

## نعم ولا.
core-yes = نعم
core-no = لا
core-yes-words = نعم
core-no-words = لا
core-answer-other = أخرى: { $text }
core-rows = { $count ->
    [zero] لا صفوف
    [one] صف واحد
    [two] صفان
    [few] { $count } صفوف
    [many] { $count } صفًا
   *[other] { $count } صف
}
core-date-form = سنة-شهر-يوم

## التحقق من الإجابة.
core-not-usable-number = `{ $value }` ليس رقمًا يمكن للمدينة استخدامه
core-list-holds-tables = الإجابة من نوع القائمة تضم عناصر نصية، وهذه الإجابة تضم جداول
core-table-shape = الإجابة من نوع الجدول قائمة صفوف على صورة عمود = نص
core-wrong-shape = لا يمكن أن يكون { $given } إجابةً عن سؤال من نوع «{ $kind }»؛ { $accepted }
core-shape-yes-no = `{ $value }` (نعم/لا)
core-shape-number = الرقم { $number }
core-shape-text = النص `{ $text }`
core-shape-list = قائمة
core-shape-table = جدول
core-shape-other = `{ $value }`
core-kind-short-text = نص من سطر واحد
core-kind-long-text = نص
core-kind-single-choice = اختيار واحد
core-kind-multi-choice = اختيار متعدد
core-kind-yes-no = نعم/لا
core-kind-scale = مقياس
core-kind-number = رقم
core-kind-date = تاريخ
core-kind-list = قائمة
core-kind-table = جدول
core-accept-text = اكتب نصًا
core-accept-date = اكتب تاريخًا مثل 2026-03-31
core-accept-yes-no = أجب بنعم أو لا
core-accept-number = اكتب رقمًا مثل { $example }
core-accept-scale = اختر درجة صحيحة من { $min } إلى { $max }
core-accept-choice = اختر إحدى القيم التالية: { $choices }
core-accept-list = اكتب قائمة عناصر
core-accept-table = اكتب صفوفًا تضم { $columns }
core-answer-too-large = حجم هذه الإجابة { $bytes } بايت، والحد الأقصى { $limit } بايت (1 ميبيبايت)
core-short-text-one-line = الإجابة القصيرة سطر واحد؛ احذف فواصل الأسطر
core-not-a-date = `{ $text }` ليس تاريخًا؛ اكتبه بالصيغة سنة-شهر-يوم، مثل 2026-03-31
core-not-yes-no = `{ $text }` ليس نعم ولا لا
core-not-whole = { $number } ليس عددًا صحيحًا؛ اكتب عددًا مثل 12
core-below-min = { $number } أقل من الحد الأدنى { $min }
core-above-max = { $number } أكبر من الحد الأقصى { $max }
core-not-on-scale = { $number } ليس على المقياس؛ اختر درجة صحيحة من { $min } إلى { $max }
core-not-a-choice = `{ $text }` ليس من الخيارات: { $choices }
core-choice-ambiguous = `{ $text }` قد يعني أكثر من خيار؛ اكتب قيمة الخيار
core-in-row = الصف { $row }: { $problem }
core-unknown-column = لا يوجد عمود `{ $column }`؛ الأعمدة هي { $columns }
core-in-column = { $column }: { $problem }
core-column-required = { $column } مطلوب
core-not-a-column-choice = `{ $text }` ليس من القيم { $choices }
core-other-needs-text = اخترت «أخرى»: اذكر ما هي
core-other-not-picked = كُتب نص لـ«أخرى» لكن «أخرى» غير مختارة

## قراءة الأرقام المكتوبة.
core-number-format-point = الفاصلة العشرية نقطة: 1234.5
core-number-format-comma = الفاصلة العشرية فاصلة: 1234,5
core-number-example = 1234 أو { $decimal }
core-number-empty = لم يُكتب أي رقم
core-number-bad-character = `{ $text }` ليس رقمًا (`{ $character }` ليس رقمًا)؛ اكتبه مثل { $example }
core-number-no-digits = `{ $text }` ليس رقمًا؛ اكتبه مثل { $example }
core-number-not-a-number = `{ $text }` ليس رقمًا
core-number-marks = عدد العلامات العشرية (`{ $mark }`) في `{ $text }` هو { $count }؛ تكتب هذه المدينة الكسور العشرية { $format ->
        [comma] بالفاصلة
       *[other] بالنقطة
    } ({ $example })
core-number-mixed = يخلط `{ $text }` بين `{ $mark }` و`{ $group }`؛ تكتب هذه المدينة الكسور العشرية { $format ->
        [comma] بالفاصلة
       *[other] بالنقطة
    } ({ $example })
core-number-other-format = يستخدم `{ $text }` { $other ->
        [comma] الفاصلة العشرية
       *[other] النقطة العشرية
    }، لكن هذه المدينة تكتب الكسور العشرية { $format ->
        [comma] بالفاصلة
       *[other] بالنقطة
    }: اكتب { $typed }، أو غيّر تنسيق الأرقام للمدينة (workbook city edit NAME --number-format { $other })
core-number-two-ways = يمكن قراءة `{ $text }` بطريقتين: { $grouped } (`{ $group }` لفصل الآلاف) أو { $decimal } (`{ $group }` علامةً عشرية)؛ تكتب هذه المدينة الكسور العشرية { $format ->
        [comma] بالفاصلة
       *[other] بالنقطة
    }، فاكتب { $grouped } أو { $typed }
core-number-uneven = يجمّع `{ $text }` أرقامه على نحو غير منتظم؛ جمّعها ثلاثةً ثلاثة ({ $example }) أو لا تجمّعها (1234567)

## مشكلات في ملفات الكراسات والترجمات.
core-diag-error = خطأ
core-diag-warning = تحذير
core-diag-hint = تلميح
core-did-you-mean = هل تقصد `{ $name }`؟
core-split-hint = قسّمه إلى عدة كراسات

## فحص الكراسة.
core-brace-unopened = `{"}"}` دون `{"{"}` الخاص به
core-brace-unclosed = `{"{"}` دون `{"}"}` الخاص به

## الفحص عبر الكراسات.

## قراءة ملفات الكراسات.
core-origin-built-in = مدمجة
core-load-unreadable = تتعذر قراءة الملف: { $cause }
core-load-too-large = حجم الملف { $size } بايت، والحد الأقصى للكراسات { $limit } بايت (4 ميبيبايت)
core-load-bom = يبدأ الملف بعلامة ترتيب البايتات (BOM)
core-load-bom-hint = احفظ الملف بترميز UTF-8 دون BOM (في معظم المحررات: الترميز «UTF-8» وليس «UTF-8 with BOM»)
core-load-utf16 = الملف بترميز UTF-16 وليس UTF-8
core-load-utf8-hint = احفظ الملف بترميز UTF-8
core-load-not-utf8 = الملف ليس بترميز UTF-8 صالح (تتعذر قراءة البايت { $byte })
core-load-empty = الملف فارغ
core-load-empty-hint = تحتاج الكراسة على الأقل إلى id وtitle وarea وversion وsummary و[[sections]] واحد؛ انظر docs/workbook-format.md
core-parse-unknown-field-hint = احذف هذا المفتاح أو صحّح كتابته؛ الرسالة تذكر المفاتيح المسموح بها هنا
core-parse-missing-field-hint = أضف المفتاح الناقص إلى هذا الجدول (انظر docs/workbook-format.md)
core-parse-unknown-variant-hint = استخدم إحدى القيم المذكورة في الرسالة
core-parse-invalid-type-hint = تحقق من نوع القيمة: النص بين علامتي تنصيص، والأرقام وtrue/false دون علامات تنصيص، والقوائم بين [ ]
core-parse-nesting-hint = قلّل التداخل: الشروط والجداول بهذا العمق غير مدعومة
core-parse-syntax-hint = تحقق من صياغة TOML هنا: النص بين علامتي تنصيص، والجدول يبدأ بـ[name]، وقائمة الجداول بـ[[name]]

## ترجمات الكراسات.
core-value-text = نص
core-value-number = رقم
core-value-boolean = true أو false
core-value-date = تاريخ
core-value-list = قائمة
core-value-table = جدول
core-layout-none = لا عناوين ولا قوائم
core-layout-items = { $count ->
    [zero] لا عناصر قائمة
    [one] عنصر قائمة واحد
    [two] عنصرا قائمة
    [few] { $count } عناصر قائمة
    [many] { $count } عنصر قائمة
   *[other] { $count } عنصر قائمة
}
core-layout-headings = { $count ->
    [zero] لا عناوين
    [one] عنوان واحد
    [two] عنوانان
    [few] { $count } عناوين
    [many] { $count } عنوانًا
   *[other] { $count } عنوان
}
core-layout-quotes = { $count ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $count } اقتباسات
    [many] { $count } اقتباسًا
   *[other] { $count } اقتباس
}
core-layout-code-blocks = { $count ->
    [zero] لا كتل شيفرة
    [one] كتلة شيفرة واحدة
    [two] كتلتا شيفرة
    [few] { $count } كتل شيفرة
    [many] { $count } كتلة شيفرة
   *[other] { $count } كتلة شيفرة
}
core-layout-rules = { $count ->
    [zero] لا خطوط فاصلة
    [one] خط فاصل واحد
    [two] خطان فاصلان
    [few] { $count } خطوط فاصلة
    [many] { $count } خطًا فاصلًا
   *[other] { $count } خط فاصل
}
core-list-and = { $first } و{ $last }
core-template-header =
    ترجمة `{ $lang }` لـ{ $english }: الناقص { $missing }، والمتقادم { $stale }.
    اكتب كل `text` (النص الإنجليزي في التعليق الذي فوقه) وأبقِ كل `source` كما هو:
    فهو بصمة النص الإنجليزي الذي يترجمه النص. ضع هذه المدخلات في
    { $target } (المدخل المعلَّم بأنه متقادم يحل محل المدخل الذي
    يحمل الاسم نفسه هناك)، ثم تحقق بالأمر: workbook validate --lang { $lang }
core-template-stale = متقادم: يحل محل [{ $key }] في { $place }؛ اجعل النص يقول ما يقوله النص الإنجليزي الآن.
core-template-english = الإنجليزية:
core-template-aliases = (اختياري: صيغ كتابة أخرى للمصطلح تُبرَز)
core-lang-not-a-tag = `{ $tag }` ليس وسم لغة: استخدم وسم لغة BCP 47 مثل fr أو es أو ar أو pt-BR
core-lang-underscore = `{ $tag }` ليس وسم لغة (اكتب `{ $written }`): استخدم وسم لغة BCP 47 مثل fr أو es أو ar أو pt-BR
core-lang-english = `{ $tag }` هي الإنجليزية، اللغة التي كُتبت بها الكراسات: يحدد --lang لغة الترجمة، مثل fr
