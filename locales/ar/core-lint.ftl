# Problems in a workbook file, as `workbook validate` reports them.

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
