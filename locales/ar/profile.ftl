# ما يقوله البرنامج عن ملفات تعريف المدن: التخزين والجولات والترحيلات والاستيراد، والمستندات
# التي يكتبها `workbook diff` و`workbook compare`.

## تخزين ملفات تعريف المدن.
profile-locked = المدينة «{ $city }» مفتوحة في نافذة أو عملية أخرى ({ $path } مقفل)؛ أغلقها هناك ثم أعد المحاولة (ينتظر الأمر حتى 10 ثوانٍ؛ و--wait SECONDS ينتظر مدة أطول)
profile-corrupt =
    { $place }: تتعذر قراءة ملف التعريف هذا: { $problem }
    لم يُغيَّر الملف. صحّحه يدويًا، أو شغّل `workbook city restore NAME` للعودة إلى أحدث نسخة احتياطية سليمة.
profile-bad-file = { $place }: تتعذر قراءة هذا الملف: { $problem }
profile-newer-format = كُتب { $path } بإصدار أحدث من workbook (تنسيق ملف التعريف { $found }؛ وهذا الإصدار يفهم حتى { $supported })؛ حدّث workbook لاستخدامه. لم يُغيَّر الملف.
profile-too-large = حجم { $path } { $size } بايت؛ تُرفض ملفات التعريف الأكبر من { $limit } بايت
profile-not-found = لا مدينة باسم «{ $name }»؛ يعرض `workbook city list` المدن، ويضيف `workbook city new` مدينة
profile-ambiguous = ملفا تعريف يحملان اسم المدينة «{ $name }»: { $first } و{ $second }؛ عدّل السطر `name` في أحدهما (أو انقل الذي لا تحتاجه خارج المجلد) حتى يكون لكل مدينة اسمها الخاص
profile-exists = توجد بالفعل مدينة باسم «{ $name }» (تُقارن الأسماء دون اعتبار لحالة الأحرف أو عرضها أو التركيب في يونيكود)
profile-file-taken = الملف { $path } يضم مدينة أخرى بالفعل («{ $other }»)؛ غيّر اسم المدينة الجديدة قليلًا
profile-read-only = المدينة «{ $city }» مفتوحة للقراءة فقط؛ لا يمكن حفظ إجاباتها من هنا
profile-no-backup = لم يُعثر على نسخة احتياطية مقروءة لـ«{ $name }» بجوار { $path }؛ لم يتغير شيء
profile-self-check = تعذر حفظ { $path }: الملف المكتوب لم يُقرأ كما كُتب ({ $detail })؛ لم يُستبدل شيء وما زالت الإجابات في الذاكرة
profile-self-check-bytes = البايتات على القرص تختلف عن البايتات المكتوبة
profile-self-check-profile = ملف التعريف لم يُقرأ كما كُتب
profile-serialize = تعذرت كتابة ملف التعريف: { $cause }
profile-io = { $action } { $path }: { $cause }
profile-io-read = تتعذر قراءة
profile-io-read-back = تتعذر إعادة قراءة
profile-io-open = يتعذر فتح
profile-io-open-lock = يتعذر فتح ملف القفل
profile-io-create-temporary = يتعذر إنشاء ملف مؤقت في
profile-io-write = تتعذر كتابة
profile-io-replace = يتعذر استبدال
profile-io-move-aside = يتعذر نقل جانبًا
profile-io-rotate-backup = يتعذر تدوير النسخة الاحتياطية
profile-io-back-up = يتعذر النسخ الاحتياطي لـ
profile-io-sync-folder = تتعذر مزامنة المجلد
profile-io-create-folder = يتعذر إنشاء المجلد
profile-io-list = يتعذر سرد
profile-io-lock = يتعذر قفل
profile-not-utf8 = الملف ليس نصًا صالحًا بترميز UTF-8
profile-no-format = لا يوجد سطر `format = 1`: لا يبدو هذا ملف تعريف مدينة من workbook
profile-bad-time = `{ $text }` ليس وقتًا مع فارق عن التوقيت العالمي، مثل 2026-03-01T10:15:00Z ({ $cause })

## أسماء المدن.
profile-name-empty = لا يمكن أن يكون اسم المدينة فارغًا
profile-name-control = لا يمكن أن يتضمن اسم المدينة محارف تحكم (وُجد { $code }، المحرف رقم { $position })
profile-name-invisible = لا يمكن أن يتضمن اسم المدينة { $code } (المحرف رقم { $position })، { $what }: فهو لا يظهر، فيبدو اسمان مختلفان متطابقين. اكتب الاسم بحروف وعلامات وأرقام وعلامات ترقيم ورموز ظاهرة ومسافات عادية فقط.
profile-name-too-long = لا يتجاوز اسم المدينة { $most } محرفًا
profile-name-format-character = محرف تنسيق غير مرئي (مسافة أو واصل صفري العرض، أو علامة اتجاه، أو ما شابه)
profile-name-separator = فاصل أسطر أو فقرات
profile-name-unassigned = نقطة رمزية لم يُخصَّص لها أي محرف
profile-name-variation-selector = محدد تنويع، لا يغيّر إلا طريقة رسم المحرف الذي قبله
profile-name-blank-filler = محرف حشو فارغ

## الجولات: جولة الإجابات السنوية للمدينة، وتُغلق كل جولة باسم مثل 2026.
profile-round-nothing = لا إجابات لدى { $city } بعد، فلا شيء يُغلق؛ أجب عن بعض الأسئلة أولًا
profile-round-taken = لدى { $city } بالفعل جولة باسم «{ $label }»؛ أعطِ الجولة الجديدة اسمًا آخر، مثل --label "{ $label }-b"
profile-round-bad-label = اسم الجولة «{ $label }» { $why }؛ اكتب اسمًا قصيرًا مثل 2026 أو "مراجعة 2026"
profile-round-label-empty = فارغ
profile-round-label-spaces = يبدأ بمسافة أو ينتهي بها
profile-round-label-long = أطول من 40 محرفًا
profile-round-label-control = يتضمن محرف تحكم
profile-round-label-current = محجوز للجولة المفتوحة
profile-round-unknown = لا جولة باسم «{ $label }» لدى { $city }؛ جولاتها هي: { $known }
profile-round-unknown-none = لا جولة باسم «{ $label }» لدى { $city }؛ جولاتها هي: لا شيء بعد (أغلق جولة بالأمر `workbook round close`)
profile-diff-no-round = لم تُغلق { $city } أي جولة بعد، فلا شيء تُقارن به إجاباتها

## الإجابات.
profile-answer-bad-key = `{ $key }` لا يسمّي سؤالًا؛ اكتب كراسة_العمل.السؤال، مثل mapping.threats
profile-answer-unknown-workbook = لا كراسة باسم `{ $workbook }`؛ الكراسات المحمّلة هي: { $known }
profile-answer-unknown-question = لا سؤال `{ $question }` في الكراسة `{ $workbook }`؛ أسئلتها هي: { $known }
profile-resolve-no-answer = لا إجابة لـ{ $question }
profile-resolve-no-note = لا ملاحظة تحتاج إلى معالجة في الإجابة عن { $question }
profile-resolve-no-kept = لا توجد إجابة محفوظة رقم { $kept }؛ عدد ملاحظات الإجابة { $count }
profile-resolve-nothing-kept = الملاحظة { $note } لا تحفظ إجابة لاستخدامها؛ بل تطلب منك التحقق من الإجابة الحالية
profile-track-full = كراسات العمل كاملة
profile-track-core = المسار الأساسي

## الترحيلات.
profile-migrate-not-renamed = لم تُعد التسمية إلى `{ $to }`: ذلك السؤال مُجاب عنه بالفعل؛ وأُبقيت الإجابة القديمة كما هي
profile-migrate-renamed = أُعيدت تسمية السؤال `{ $from }` إلى `{ $to }`
profile-migrate-choice-renamed = أُعيدت تسمية الخيار `{ $from }` إلى `{ $to }`
profile-migrate-choice-retired = أُلغي الخيار `{ $from }`؛ وحُفظ نصًا في «أخرى»
profile-migrate-moved = نُقلت الإجابة من `{ $from }` إلى `{ $to }`
profile-migrate-moved-orphan = نُقلت الإجابة من `{ $from }` إلى `{ $to }` (لا تطرحه أي كراسة محمّلة)
profile-migrate-converted = حُوّلت الإجابة إلى خيارات السؤال الجديدة
profile-migrate-normalised = حُفظ `{ $before }` على صورة `{ $after }`
profile-migrate-earlier-question = سؤال سابق في كراسة «{ $workbook }»
profile-orphan-no-workbook = الكراسة `{ $workbook }` غير محمّلة
profile-orphan-no-question = لا سؤال `{ $question }` في الكراسة `{ $workbook }` (الإصدار { $version })

## ملاحظات محفوظة مع الإجابة.
profile-note-kept-earlier = إجابة سابقة عن هذا السؤال، حُفظت لأن الإجابة المنقولة إلى هنا من { $source } أحدث ومختلفة
profile-note-kept-moved = إجابة عن { $source }، حُفظت بجانب هذه الإجابة الأحدث لأنهما مختلفتان
profile-note-earlier-answer = { $note } (كانت الإجابة السابقة: { $earlier })
profile-note-kept-local = إجابة كانت على هذا الجهاز، حُفظت لأن الإجابة المستوردة أحدث ومختلفة
profile-note-kept-incoming = إجابة من الملف المستورد، حُفظت بجانب هذه الإجابة الأحدث لأنهما مختلفتان

## `workbook diff`.
profile-diff-title = { $city }: ما الذي تغيّر بين { $from } و{ $to }
profile-diff-nothing = لم يتغير شيء بين { $from } و{ $to }.
profile-diff-compared = { $start }، مقارنةً مع { $to }.
profile-diff-backwards = { $later } هي الجولة الأحدث، لذا يسير هذا المستند عكس الزمن: «مضافة» هي ما لا يوجد إلا في { $to }، و«محذوفة» ما لا يوجد إلا في { $from }.
profile-diff-current-round = الجولة الحالية
profile-diff-round = الجولة { $label }
profile-diff-closed = { $round } (أُغلقت في { $date })
profile-diff-open-since = { $round } (مفتوحة منذ { $date })
profile-diff-now = الآن
profile-diff-in = في { $label }
profile-diff-answers = الإجابات
profile-diff-counts = { $counts }.
profile-diff-count-added = { $count ->
        [zero] لا إجابات مضافة
        [one] إجابة مضافة
        [two] إجابتان مضافتان
        [few] { $count } إجابات مضافة
       *[other] { $count } إجابة مضافة
    }
profile-diff-count-changed = { $count ->
        [zero] لا إجابات معدّلة
        [one] إجابة معدّلة
        [two] إجابتان معدّلتان
        [few] { $count } إجابات معدّلة
       *[other] { $count } إجابة معدّلة
    }
profile-diff-count-removed = { $count ->
        [zero] لا إجابات محذوفة
        [one] إجابة محذوفة
        [two] إجابتان محذوفتان
        [few] { $count } إجابات محذوفة
       *[other] { $count } إجابة محذوفة
    }
profile-diff-added = **{ $label }** (مضافة): { $value }
profile-diff-removed = **{ $label }** (محذوفة): كانت { $value }
profile-diff-changed = **{ $label }** (معدّلة): كانت { $before }؛ والآن { $after }
profile-diff-changed-items = **{ $label }** (معدّلة): { $changes }
profile-diff-items-added = أُضيف: { $items }
profile-diff-items-removed = حُذف: { $items }
profile-diff-items-changed = عُدّل: { $items }
profile-diff-items-reordered = العناصر نفسها، بترتيب آخر
profile-diff-separator = {"؛ "}
profile-diff-actions = الإجراءات
profile-diff-actions-intro = إجراءات كل جدول إجراءات تغيّرت حالتها، والإجراءات الجديدة أو التي أُزيلت.
profile-diff-column-action = الإجراء
profile-diff-column-status = الحالة { $when }
profile-diff-column-note = ملاحظة عن التقدم
profile-diff-no-status = بلا حالة
profile-diff-not-listed = غير مدرج
profile-diff-gone = محذوف
profile-diff-indicator-not-listed = غير مدرج
profile-diff-indicator-gone = محذوف
profile-diff-indicators = المؤشرات مقارنةً بالقيمة المستهدفة
profile-diff-column-indicator = المؤشر
profile-diff-column-baseline = خط الأساس
profile-diff-column-target = القيمة المستهدفة
profile-diff-column-latest = آخر قيمة { $when }
profile-diff-column-reached = بلوغ الهدف { $when }
profile-diff-reached = نعم
profile-diff-not-reached = ليس بعد
profile-row = الصف { $row }

## `workbook compare`.
profile-compare-city = المدينة
profile-compare-country = البلد
profile-compare-actions = الإجراءات
profile-compare-entries = { $count ->
        [zero] لا مدخلات
        [one] مدخل واحد
        [two] مدخلان
        [few] { $count } مدخلات
        [many] { $count } مدخلًا
       *[other] { $count } مدخل
    }
profile-compare-progress = { $percent }٪ ({ $answered }/{ $relevant })
profile-compare-last-round = آخر جولة
profile-compare-closed = أُغلقت في
profile-compare-answered-then = المُجاب آنذاك
profile-compare-answered-now = المُجاب الآن
profile-compare-answers-changed = الإجابات المعدّلة
profile-compare-actions-done = الإجراءات المنجزة
profile-compare-actions-late = الإجراءات المتأخرة
profile-compare-actions-dropped = الإجراءات المتروكة
profile-compare-indicators-reached = المؤشرات المحققة
profile-compare-none-closed = لا جولة مغلقة
profile-compare-of = { $part } من { $total }
