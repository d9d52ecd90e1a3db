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
core-lint-bad-id = يجب أن يبدأ معرّف { $what ->
        [workbook] الكراسة
        [section] القسم
        [column] العمود
       *[question] السؤال
    } `{ $id }` بحرف لاتيني صغير وألا يستخدم إلا a-z و0-9 و`_` و`-`
core-lint-bad-id-hint = تظهر المعرّفات في الملفات والأوامر؛ مثل `stakeholder_map`
core-lint-version-zero = يجب أن يكون إصدار الكراسة 1 أو أكثر
core-lint-version-zero-hint = ابدأ بـ version = 1 وارفعه عندما تتغير الأسئلة
core-lint-no-sections = لا أقسام في الكراسة
core-lint-no-sections-hint = أضف جدول [[sections]] فيه [[sections.questions]] واحد على الأقل
core-lint-too-many-questions = عدد الأسئلة في الكراسة { $count }، والحد الأقصى { $limit }
core-lint-no-audience = الكراسة لا تخاطب أي جمهور
core-lint-no-audience-hint = اكتب audiences = ["mayor", "official"]
core-lint-unknown-audience = جمهور غير معروف `{ $audience }`
core-lint-unknown-audience-hint = الجمهوران هما "mayor" و"official"
core-lint-term-twice = مصطلح المسرد `{ $term }` معرّف مرتين (أول مرة في السطر { $line })
core-lint-term-twice-hint = أبقِ تعريفًا واحدًا وأضف صيغ الكتابة الأخرى إلى `aliases` الخاصة به
core-lint-term-empty = تعريف مصطلح المسرد `{ $term }` فارغ
core-lint-term-empty-hint = عرّف المصطلح في جملة أو جملتين
core-lint-section-twice = معرّف القسم `{ $id }` مكرر (عُرّف أول مرة في السطر { $line })
core-lint-section-twice-hint = أعطِ كل قسم معرّفًا خاصًا به
core-lint-section-empty = لا أسئلة في القسم `{ $id }`
core-lint-section-empty-hint = أضف [[sections.questions]] تحته، أو احذف القسم
core-lint-section-no-example = لا مثال من مدينة في القسم `{ $id }`
core-lint-section-no-example-hint = أضف [[sections.examples]] فيه city وtext وsource
core-lint-example-source = مصدر المثال من { $city } ليس عنوانًا على الويب
core-lint-example-source-hint = اذكر الصفحة التي جاء منها المثال، بدءًا بـ https://
core-lint-question-shape = يحتاج السؤال إلى id وkind (أو `uses` لعرض سؤال من كراسة أخرى)
core-lint-question-shape-hint = مثل id = "has_plan" وkind = "yes_no"، أو uses = "strategy.mandate_basis"
core-lint-question-twice = معرّف السؤال `{ $id }` مكرر (عُرّف أول مرة في السطر { $line })
core-lint-question-twice-hint = يجب أن تكون معرّفات الأسئلة فريدة داخل الكراسة
core-lint-empty-prompt = نص السؤال `{ $id }` فارغ
core-lint-empty-prompt-hint = اكتب السؤال الذي يجب أن يجيب عنه المستخدم
core-lint-no-guidance = لا إرشادات للسؤال `{ $id }`
core-lint-no-guidance-hint = اشرح أهمية السؤال وما تتضمنه الإجابة الجيدة
core-lint-audience-missing = السؤال `{ $id }` موجّه إلى `{ $audience }`، وهو ليس من جمهور الكراسة
core-lint-audience-missing-hint = أضف هذا الجمهور إلى `audiences` في الكراسة، أو غيّر جمهور السؤال
core-lint-uses-not-question = `uses = "{ $name }"` لا يسمّي سؤالًا
core-lint-uses-not-question-hint = اكتب السؤال الأصلي بالصيغة كراسة.سؤال، مثل uses = "mapping.stakeholders"
core-lint-uses-key = لا يمكن تعيين `{ $key }` في `uses = "{ $name }"`: السؤال تابع لكراسته الأصلية
core-lint-uses-key-hint = لا يعطي السؤال المعاد استخدامه إلا نصه وإرشاداته وcore؛ غيّر الباقي في الكراسة الأصلية
core-lint-uses-twice = `{ $name }` معروض بالفعل في هذه الكراسة (السطر { $line })
core-lint-uses-twice-hint = اعرض كل سؤال مرة واحدة في الكراسة
core-lint-sentence-empty = جملة الخطة للسؤال `{ $id }` فارغة
core-lint-sentence-empty-hint = اكتب الجملة التي يجب أن تطبعها الخطة، أو احذف plan_sentence
core-lint-sentence-braces = في جملة الخطة للسؤال `{ $id }` { $problem }: { $text }
core-lint-sentence-braces-hint = العناصر النائبة هي { $answer } و{ $other } و{ $city }؛ لا تضع الأقواس المعقوصة إلا حولها
core-lint-placeholders-hint = العناصر النائبة هي { $answer } و{ $other } و{ $city }
core-lint-sentence-unknown = في جملة الخطة للسؤال `{ $id }` عنصر نائب غير معروف `{ $placeholder }`
core-lint-sentence-other = تستخدم جملة الخطة للسؤال `{ $id }` العنصر `{ $placeholder }`، لكن السؤال لا يتضمن خيار «أخرى»
core-lint-sentence-other-hint = استخدم { $answer }، أو اكتب other = true
core-lint-sentence-no-values = تعطي جملة الخطة للسؤال `{ $id }` جملة لكل قيمة، لكن الإجابة من نوع { $kind } لا قيم فيها للاختيار منها
core-lint-sentence-no-values-hint = اكتب جملة واحدة فيها { $answer }، مثل plan_sentence = "رسمت المدينة خريطة هذه القضايا آخر مرة في { $answer }."
core-lint-sentence-key = في جملة الخطة للسؤال `{ $id }` جملة لـ`{ $key }`، وهي ليست من إجاباته
core-lint-sentence-key-hint = المفاتيح هي: { $keys }
core-lint-sentence-missing = لا جملة في جملة الخطة للسؤال `{ $id }` لـ{ $keys }
core-lint-sentence-missing-hint = تُطبع هذه الإجابات على هيئة تسمية وقيمة؛ أضف جملة لكل منها
core-lint-sensitivity-both = `{ $owner }` يعيّن sensitivity وsensitive معًا
core-lint-sensitivity-both-hint = أبقِ sensitivity = "public" أو "internal" أو "restricted" واحذف sensitive
core-lint-sensitive-old = `{ $owner }` يستخدم `sensitive`، الذي حلّ محله `sensitivity`
core-lint-sensitive-old-restricted = اكتب sensitivity = "restricted"
core-lint-sensitive-old-internal = اكتب sensitivity = "internal" (القيمة الافتراضية)، أو احذفه
core-lint-column-more-open = العمود `{ $column }` في `{ $id }` هو { $level }، أي أكثر انفتاحًا من سؤاله ({ $question_level })
core-lint-column-more-open-hint = يجوز أن يكون العمود أشد تقييدًا من سؤاله، لا أكثر انفتاحًا
core-lint-kinds-two = { $first } و{ $second }
core-lint-misplaced = `{ $setting }` لا ينطبق على السؤال `{ $id }` من نوع { $kind }
core-lint-misplaced-hint = `{ $setting }` خاص بأسئلة { $fits }؛ احذفه أو غيّر kind
core-lint-no-choices = لا خيارات للسؤال `{ $id }` من نوع { $kind }
core-lint-no-choices-hint = أضف { $example }
core-lint-empty-choices = قائمة خيارات السؤال `{ $id }` فارغة
core-lint-empty-choices-hint = اذكر خيارين على الأقل
core-lint-other-twice = للسؤال `{ $id }` خيار `other` وفيه أيضًا other = true
core-lint-other-twice-hint = احذف الخيار `other`؛ إذ يضيفه other = true مع مربع نص حر
core-lint-choice-twice = الخيار `{ $value }` مكرر في { $of ->
        [column] العمود
       *[question] السؤال
    } `{ $owner }` (أول مرة في السطر { $line })
core-lint-choice-twice-hint = يجب أن تكون قيم الخيارات فريدة
core-lint-choice-empty = في { $of ->
        [column] العمود
       *[question] السؤال
    } `{ $owner }` خيار قيمته فارغة
core-lint-choice-empty-hint = أعطِ الخيار قيمة قصيرة مثل `yes_partly`
core-lint-scale-no-range = لا مدى لسؤال المقياس `{ $id }`
core-lint-scale-no-range-hint = حدّد min وmax، مثل min = 1 وmax = 5
core-lint-scale-bad-range = يحتاج سؤال المقياس `{ $id }` إلى أعداد صحيحة يكون فيها min أصغر من max (المعطى من { $min } إلى { $max })
core-lint-scale-bad-range-hint = مثل min = 1 وmax = 5
core-lint-scale-points = عدد درجات سؤال المقياس `{ $id }` { $points }، والحد الأقصى { $most }
core-lint-scale-points-hint = استخدم سؤالًا من نوع الرقم للمديات الأوسع
core-lint-scale-labels = عدد تسميات سؤال المقياس `{ $id }` { $labels }، وعدد درجاته { $points }
core-lint-scale-labels-hint = أعطِ تسمية لكل درجة، من min إلى max
core-lint-min-above-max = في السؤال `{ $id }` قيمة min ({ $min }) أكبر من max ({ $max })
core-lint-min-above-max-hint = بدّل بينهما، أو صحّح إحداهما
core-lint-no-columns = لا أعمدة لسؤال الجدول `{ $id }`
core-lint-no-columns-hint = أضف { $example }
core-lint-column-twice = العمود `{ $column }` مكرر في سؤال الجدول `{ $id }` (أول مرة في السطر { $line })
core-lint-column-twice-hint = يجب أن تكون معرّفات الأعمدة فريدة داخل الجدول
core-lint-column-no-choices = لا خيارات لعمود الخيارات `{ $column }`
core-lint-column-no-choices-hint = أضف { $example } إلى العمود
core-lint-column-empty-choices = قائمة خيارات عمود الخيارات `{ $column }` فارغة
core-lint-column-choices = العمود `{ $column }` من نوع { $kind } لكن له خيارات
core-lint-column-choices-hint = اكتب kind = "choice" أو احذف الخيارات
core-lint-feeds-summary = السؤال `{ $id }` يغذّي بند { $feed } في الملخص التنفيذي، لكنه سؤال من نوع { $kind }
core-lint-feeds-summary-hint = يقتبس الملخص نصًا: استخدم سؤالًا من نوع short_text أو long_text أو list
core-lint-feeds-table = السؤال `{ $id }` يغذّي بند { $feed } في الخطة، لكنه ليس جدولًا
core-lint-feeds-table-hint = لا تغذّي جداول الخطة إلا أسئلة الجداول؛ استخدم feeds = "finding" أو اجعله جدولًا
core-lint-feeds-key = الجدول `{ $id }` يغذّي بند { $feed } في الخطة، لكن لا عمود `{ $column }` فيه
core-lint-feeds-key-hint = أضف عمودًا بهذا المعرّف؛ انظر docs/workbook-format.md لمعرفة أعمدة كل جدول في الخطة
core-lint-condition-deep = الشرط على `{ $id }` متداخل لأكثر من { $depth } مستويات
core-lint-condition-deep-hint = بسّطه
core-lint-condition-shape-hint = اكتب { $test } (أو one_of أو contains أو answered)، أو اجمع الشروط بـ{ $combine }
core-lint-condition-empty-list = الشرط على `{ $id }` يجمع قائمة فارغة
core-lint-condition-empty-list-hint = ضع شرطًا واحدًا على الأقل داخل all = [...] أو any = [...]
core-lint-condition-no-test = الشرط على `{ $id }` يسمّي سؤالًا دون اختبار
core-lint-condition-empty = الشرط على `{ $id }` فارغ
core-lint-condition-mixed = الشرط على `{ $id }` يخلط عدة اختبارات في جدول واحد
core-lint-condition-itself = الشرط على `{ $id }` يشير إلى السؤال نفسه
core-lint-condition-itself-hint = لا يمكن أن ينظر الشرط إلا إلى أسئلة سابقة
core-lint-condition-later = الشرط على `{ $id }` يشير إلى `{ $name }`، الذي يأتي لاحقًا
core-lint-condition-later-hint = لا يمكن أن ينظر الشرط إلا إلى أسئلة سابقة؛ انقل هذا السؤال إلى ما بعد السؤال الذي يعتمد عليه
core-lint-condition-unknown = الشرط على `{ $id }` يشير إلى سؤال غير معروف `{ $name }`
core-lint-condition-unknown-hint = اذكر معرّف سؤال سابق في هذه الكراسة
core-lint-condition-empty-one-of = قائمة one_of في الشرط على `{ $id }` فارغة
core-lint-condition-empty-one-of-hint = اذكر القيم التي تُظهر السؤال
core-lint-condition-contains = الشرط على `{ $id }` يستخدم `contains` مع السؤال `{ $name }` من نوع { $kind }
core-lint-condition-contains-hint = يعمل `contains` مع أسئلة multi_choice وlist والنصوص؛ استخدم equals أو one_of
core-lint-condition-compares = الشرط على `{ $id }` يقارن السؤال `{ $name }` من نوع { $kind } مع { $value }
core-lint-compare-yes-no-hint = قارنه بـtrue أو false
core-lint-compare-number-hint = قارنه برقم
core-lint-compare-nothing-hint = لا تقارنه بشيء: استخدم `answered` أو `contains`
core-lint-compare-text-hint = قارنه بنص بين علامتي تنصيص
core-lint-value-text = النص "{ $text }"
core-lint-value-number = الرقم { $number }
core-lint-value-other = { $kind ->
        [array] قائمة
        [table] جدول
        [datetime] تاريخ
       *[other] قيمة من نوع { $kind }
    }
core-lint-condition-choice = الشرط على `{ $id }` يستخدم `{ $value }`، وهو ليس من خيارات `{ $question }`
core-lint-choices-hint = الخيارات هي: { $choices }
core-lint-migration-version = الترحيل للإصدار { $migration }، لكن الكراسة في الإصدار { $version }
core-lint-migration-version-hint = ارفع إصدار الكراسة إلى إصدار الترحيل
core-lint-migration-shape = ينقص هذا الترحيل مفتاح
core-lint-migration-shape-hint = يحتاج rename_question وmove_question إلى from وto؛ ويحتاج rename_choice إلى question وfrom وto؛ ويحتاج retire_choice إلى question وfrom؛ ويحتاج map_values إلى question وvalues
core-lint-migration-rename-unknown = الترحيل يعيد التسمية إلى سؤال غير معروف `{ $question }`
core-lint-migration-rename-unknown-hint = يجب أن يكون `to` معرّف سؤال في هذه الكراسة
core-lint-migration-move-unknown = الترحيل ينقل إلى سؤال غير معروف `{ $question }`
core-lint-migration-move-unknown-hint = يجب أن يكون `to` معرّف سؤال في هذه الكراسة، أو كراسة.سؤال
core-lint-migration-unknown = الترحيل يسمّي سؤالًا غير معروف `{ $question }`
core-lint-migration-unknown-hint = يجب أن يكون `question` معرّف سؤال في هذه الكراسة
core-lint-migration-map-choice = الترحيل يحوّل إلى `{ $value }`، وهو ليس من خيارات `{ $question }`
core-lint-migration-map-choice-hint = حوّل الإجابات القديمة إلى قيم خيارات السؤال
core-lint-migration-rename-choice = الترحيل يعيد التسمية إلى `{ $value }`، وهو ليس من خيارات `{ $question }`
core-lint-migration-rename-choice-hint = يجب أن يكون `to` إحدى قيم خيارات السؤال
core-brace-unopened = `{"}"}` دون `{"{"}` الخاص به
core-brace-unclosed = `{"{"}` دون `{"}"}` الخاص به

## الفحص عبر الكراسات.
core-resolve-unknown-workbook = `uses` يسمّي كراسة غير معروفة `{ $workbook }`
core-resolve-unknown-workbook-hint = الكراسات المحمّلة هي: { $known }
core-resolve-uses-own = `uses = "{ $name }"` يسمّي سؤالًا من الكراسة نفسها
core-resolve-uses-own-hint = تعرض الكراسة أسئلتها مباشرة؛ أما `uses` فيعرض أسئلة كراسة أخرى
core-resolve-unknown-question = لا سؤال خاصًا بالكراسة `{ $workbook }` باسم `{ $question }`
core-resolve-unknown-question-hint = اذكر أحد الأسئلة الخاصة بـ`{ $workbook }`، بالصيغة كراسة.سؤال
core-resolve-follow-up = `{ $name }` سؤال متابعة لـ`{ $full }`، الذي لا تعرضه هذه الكراسة، فلا يمكن أن يتحقق شرطه هنا
core-resolve-follow-up-hint = اعرضه هنا أولًا بـuses = "{ $full }"، أو أعد استخدام سؤال ليس سؤال متابعة
core-resolve-migration-move-unknown-hint = يجب أن يسمّي `to` سؤالًا في كراسة محمّلة، بالصيغة كراسة.سؤال
core-resolve-migration-map-choice-hint = حوّل الإجابات القديمة إلى قيم خيارات السؤال الهدف
core-resolve-circle = شروط الإظهار تدور في حلقة: { $cycle }
core-resolve-circle-hint = لا يمكن أن يعتمد السؤال إلا على أسئلة لا تعتمد عليه
core-resolve-term-differs-shared = مصطلح المسرد `{ $term }` معرّف هنا بشكل مختلف عن المسرد المشترك
core-resolve-term-differs = مصطلح المسرد `{ $term }` معرّف هنا بشكل مختلف عن الكراسة `{ $workbook }`
core-resolve-term-differs-hint = أبقِ تعريفًا واحدًا: احذف هذا المدخل لاستخدام الآخر، أو اجعلهما متطابقين

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
core-translation-unreadable = تتعذر قراءة الترجمة، لذا تُعرض كراستها بالإنجليزية: { $problem }

## ترجمات الكراسات.
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
