# ما يقوله سطر الأوامر: المساعدة، وأخطاء الاستخدام، وما يعرضه كل أمر.
# تبقى الأوامر والخيارات والقيم وأسماء الملفات وأسطر الأوامر في الأمثلة كما هي؛ تُترجم الكلمات
# المحيطة بها والتعليقات الواردة بعد `#` فقط.

## البرنامج

cli-about = كراسات عمل موجِّهة للمدن التي تعمل على منع الكراهية والتطرف والاستقطاب والتصدي لها
cli-long-about = يرشد رؤساء البلديات والموظفين البلديين خطوة بخطوة عبر كراسات عمل موجِّهة (رسم الخرائط، والاستراتيجية، والوقاية، والاستجابة للاعتداءات، والتنسيق)، ويحفظ كل إجابة في ملف خاص بكل مدينة، ويحوّل الإجابات إلى خطة عمل.
cli-after-help =
    أمثلة:
      workbook list
      workbook list --questions mapping      # معرّفات الأسئلة، من أجل answer set
      workbook validate my-workbooks/
      workbook --workbooks ./my-workbooks list
cli-arg-data-dir = المجلد الذي يضم ملفات المدن [الافتراضي: مجلد البيانات الخاص بالنظام]
cli-arg-workbooks = مجلد إضافي لكراسات العمل، تُضاف فوق الكراسات المدمجة حسب المعرّف (يمكن تكراره؛ والأخير هو الغالب)
cli-arg-theme = ألوان الواجهة الموجِّهة: projector تباين عالٍ لقاعة العرض [الافتراضي: `theme` في ملف الإعدادات، وإلا default]
cli-value-theme-default = ألوان على خلفية الطرفية نفسها
cli-value-theme-projector = تباين عالٍ لجهاز العرض: أبيض على أسود، وإبراز بالخط العريض، وتحديد بألوان معكوسة
cli-arg-lang = لغة أسئلة كراسات العمل وإرشاداتها وخياراتها: en أو fr أو es أو ar (وسم لغة BCP 47) [الافتراضي: `lang` في ملف الإعدادات، وإلا لغة النظام (LC_ALL، LC_MESSAGES، LANG)]. مع `city new` و`city edit`: لغة خطة المدينة؛ ومع `validate` و`translate`: الترجمة المراد فحصها أو إكمالها

cli-validate-about = فحص ملفات كراسات العمل والإبلاغ عن كل مشكلة، كما يفعل المترجم البرمجي
cli-validate-after-help =
    أمثلة:
      workbook validate                 # كل كراسات العمل التي سيحمّلها البرنامج
      workbook validate mine.toml       # ملف واحد
      workbook validate --strict dir/   # التحذيرات تُفشل الفحص أيضًا
      workbook validate --lang fr       # ./workbooks و ./workbooks/i18n/fr
      workbook validate --lang es my-workbooks/
cli-validate-arg-paths = ملفات كراسات عمل أو مجلدات تضمها [الافتراضي: كل كراسات العمل التي سيحمّلها البرنامج]
cli-validate-arg-strict = معاملة التحذيرات (مثل سؤال بلا إرشاد) على أنها أخطاء
cli-validate-arg-json = عرض المشكلات بصيغة JSON

cli-translate-about = عرض ملف ترجمة لإكماله: مدخلات كراسة عمل (أو المسرد) الناقصة أو القديمة في لغة ما، وبجانب كل منها النص الإنجليزي
cli-translate-after-help =
    أمثلة:
      workbook translate --lang fr mapping     # ما ينقص ترجمته الفرنسية
      workbook translate --lang fr glossary
      workbook translate --lang es my-workbooks/local.toml
      # ترجمة أولى تُكمَل ثم تُفحص:
      workbook translate --lang fr strategy > workbooks/i18n/fr/strategy.toml
      workbook validate --lang fr
cli-translate-arg-workbook = كراسة عمل من `./workbooks` بمعرّفها (`mapping`، أو `glossary` للمسرد المشترك)، أو مسار ملف كراسة عمل باللغة الإنجليزية

cli-list-about = سرد كراسات العمل التي يحمّلها البرنامج ومصدر كل منها؛ أو أسئلة كراسة عمل واحدة (--questions)
cli-list-after-help =
    أمثلة:
      workbook list
      workbook list --json
      workbook --workbooks ./mine list
      workbook list --questions mapping          # معرّفات الأسئلة من أجل `answer set`
      workbook list --questions mapping --json
cli-list-arg-json = عرض القائمة بصيغة JSON
cli-list-arg-questions = سرد أسئلة كراسة العمل هذه بدلًا من ذلك: المعرّف والنوع ونص السؤال، حسب القسم، مع أسئلة المتابعة تحت السؤال الذي تتبعه (مع --json: أيضًا القسم والسؤال الأصل والجمهور)

cli-city-about = إنشاء ملفات المدن وسردها وعرضها وإعادة تسميتها وحذفها واستعادتها
cli-city-after-help =
    أمثلة:
      workbook city new "São Paulo" --country البرازيل --role mayor
      workbook city list
      workbook city show "São Paulo" --json
      workbook city restore "São Paulo"

cli-city-new-about = إنشاء ملف مدينة
cli-city-new-after-help =
    أمثلة:
      workbook city new Lyon --country فرنسا --role official
      workbook city new "São Paulo" --role mayor --json
cli-city-new-arg-name = اسم المدينة، أي نص (لا يُستخدم أبدًا كما هو اسمًا لملف)
cli-city-new-arg-role = من سيجيب: تُعرض الأسئلة المكتوبة لهذا الدور
cli-city-new-arg-number-format = كيف تكتب المدينة الكسور العشرية: point (نقطة، 12.5) أو comma (فاصلة، 12,5) [الافتراضي: حسب لغة النظام (LC_ALL، LC_NUMERIC، LANG)]
cli-value-number-format-point = 1234.5
cli-value-number-format-comma = 1234,5
cli-city-new-arg-track = الأسئلة التي سيُعمل عليها: كراسات العمل كاملة، أو المسار الأساسي (نحو 30 سؤالًا تغطي المجالات الخمسة، للبلدات الصغيرة وورش العمل الأولى)
cli-value-track-full = كل أسئلة كراسات العمل الخمس
cli-value-track-core = نحو 30 سؤالًا تغطي المجالات الخمسة
cli-city-new-arg-currency = العملة التي تُحسب بها ميزانيات المدينة، كما ينبغي أن تكتبها الخطة ("EUR"، "KES"، "€")
cli-city-new-arg-json = عرض المدينة الجديدة بصيغة JSON

cli-city-edit-about = تغيير بلد المدينة أو دورها أو صيغة الأعداد أو المسار أو العملة
cli-city-edit-after-help =
    أمثلة:
      workbook city edit Lyon --number-format comma
      workbook city edit Lyon --role mayor --country فرنسا
      workbook city edit Lyon --track core
cli-city-edit-arg-number-format = كيف تكتب المدينة الكسور العشرية: point (نقطة، 12.5) أو comma (فاصلة، 12,5)
cli-city-edit-arg-track = الأسئلة التي سيُعمل عليها: full أو core (تُحفظ الإجابات في الحالتين)
cli-city-edit-arg-currency = العملة التي تُحسب بها ميزانيات المدينة ("EUR"، "KES"، "€")؛ والنص الفارغ يحذفها
cli-arg-wait = إذا كانت المدينة مفتوحة في نافذة أو عملية أخرى، الانتظار حتى عدد الثواني المحدد ثم التوقف برمز الخروج 3 [الافتراضي: 10]
cli-arg-no-wait = عدم الانتظار: التوقف فورًا برمز الخروج 3 إذا كانت المدينة مفتوحة في نافذة أو عملية أخرى
cli-arg-city = المدينة (اسمها، دون تمييز بين الأحرف الكبيرة والصغيرة)
cli-arg-json = عرض النتيجة بصيغة JSON، للسكربتات
cli-arg-country = بلد المدينة (اختياري)

cli-city-list-about = سرد المدن
cli-city-list-after-help =
    أمثلة:
      workbook city list
      workbook city list --json

cli-city-show-about = عرض مدينة: بياناتها وتقدّمها وإجاباتها التي لا سؤال لها وعمليات الترحيل المعلّقة
cli-city-show-after-help =
    أمثلة:
      workbook city show Lyon
      workbook city show Lyon --json

cli-city-rename-about = إعادة تسمية مدينة (تُقارن الأسماء دون تمييز بين الأحرف الكبيرة والصغيرة)
cli-city-rename-after-help =
    أمثلة:
      workbook city rename Lyon "Lyon Métropole"

cli-city-delete-about = حذف مدينة؛ يُحتفظ بملفها في نسخة احتياطية يعيدها `city restore`
cli-city-delete-after-help =
    أمثلة:
      workbook city delete Lyon          # يطلب التأكيد أولًا
      workbook city delete Lyon --yes
cli-city-delete-arg-yes = عدم طلب التأكيد

cli-city-restore-about = استعادة أحدث نسخة احتياطية مقروءة من ملف المدينة
cli-city-restore-after-help =
    أمثلة:
      workbook city restore Lyon

cli-answer-about = تسجيل إجابات المدينة وقراءتها ومسحها واستيرادها وتصديرها
cli-answer-after-help =
    أمثلة:
      workbook answer set --city Lyon mapping.has_mapped yes
      workbook answer get --city Lyon mapping.has_mapped
      workbook list --questions mapping      # معرّفات الأسئلة
      workbook answer export --city Lyon > answers.toml

cli-answer-set-about = تسجيل إجابة، مع التحقق منها تمامًا كما في كراسة العمل التفاعلية
cli-answer-set-after-help =
    صيغ القيم:
      نص، تاريخ، عدد، مقياس، نعم/لا، خيار واحد: القيمة كما هي
      قائمة، خيارات متعددة: عناصر يفصل بينها ; (أو عنصر في كل وسيط)
      جدول: صفوف يفصل بينها ; وخلايا يفصل بينها , بالصيغة column=value (أو صف في كل وسيط)
      رموز الهروب في الصيغ المقسّمة: \; \, \= \\ و \n (سطر جديد)
      --json القيمة: قيمة JSON؛ و - تقرأ القيمة من المدخل القياسي
      قيمة تبدأ بـ - (غير العدد): ضع -- قبلها

    أمثلة:
      workbook answer set --city Lyon mapping.review_owner "منسق الوقاية"
      workbook answer set --city Lyon mapping.threats "hate_incidents; extremism"
      workbook answer set --city Lyon mapping.stakeholders "name=مجلس الشباب, role=المشورة; name=الشرطة"
      workbook answer set --city Lyon mapping.threats --json '["hate_incidents"]'
      cat notes.txt | workbook answer set --city Lyon mapping.last_mapping_findings -
cli-answer-set-arg-key = كراسة_العمل.السؤال، مثل mapping.threats
cli-answer-set-arg-values = القيمة (انظر أدناه)، أو عدة قيم لقائمة أو جدول، أو - لقراءة المدخل القياسي
cli-answer-set-arg-json = القيمة بصيغة JSON (سلسلة نصية، عدد، true/false، مصفوفة سلاسل، مصفوفة كائنات)
cli-answer-set-arg-other = نص حر لخيار «أخرى»

cli-answer-get-about = عرض إجابة؛ القائمة أو الجدول في سطر واحد بالصيغة التي يقرؤها `answer set`، لإمكان لصقها من جديد
cli-answer-get-after-help =
    أمثلة:
      workbook answer get --city Lyon mapping.threats
      workbook answer get --city Lyon mapping.stakeholders --json
      workbook answer set --city Gent mapping.stakeholders "$(workbook answer get --city Lyon mapping.stakeholders)"

cli-answer-clear-about = مسح إجابة
cli-answer-clear-after-help =
    أمثلة:
      workbook answer clear --city Lyon mapping.threats

cli-answer-resolve-about = البت في ملاحظات إجابة: الإبقاء على الإجابة، أو اعتماد إجابة تحتفظ بها ملاحظة
cli-answer-resolve-after-help =
    أمثلة:
      workbook answer get --city Lyon strategy.mandate_basis     # يعرض الملاحظات مرقّمة
      workbook answer resolve --city Lyon strategy.mandate_basis            # الإبقاء على الإجابة الحالية
      workbook answer resolve --city Lyon strategy.mandate_basis --use 1    # اعتماد الإجابة التي تحتفظ بها الملاحظة 1
cli-answer-resolve-arg-use-kept = اعتماد الإجابة التي تحتفظ بها هذه الملاحظة (بالترقيم الذي يعرضه `answer get`) بدلًا من الإجابة الحالية

cli-answer-confirm-about = الإبقاء على الإجابات المنقولة من الجولة السابقة دون تغيير بوصفها إجابات هذه الجولة
cli-answer-confirm-after-help =
    أمثلة:
      workbook answer confirm --city Lyon mapping.threats
      workbook answer confirm --city Lyon mapping.threats mapping.stakeholders
cli-answer-confirm-arg-keys = كراسة_العمل.السؤال (واحد أو أكثر)

cli-answer-import-about = استيراد إجابات من ملف TOML بالشكل الذي ينتجه `answer export`، أو إجابة جدول أو قائمة واحدة من جدول بيانات
cli-answer-import-after-help =
    أمثلة:
      workbook answer export --city Lyon > answers.toml
      workbook answer import --city Lyon answers.toml
      workbook answer import --city Lyon mapping.stakeholders partners.xlsx --merge
      workbook answer import --city Lyon mapping.stakeholders list.csv --map "نوع الجهة=sector" --replace
cli-answer-export-about = عرض إجابات مدينة بصيغة TOML، بالشكل الذي يحفظه الملف، أو كتابة إجابة جدول أو قائمة واحدة في جدول بيانات
cli-answer-export-after-help =
    أمثلة:
      workbook answer export --city Lyon
      workbook answer export --city Lyon -o answers.toml
      workbook answer export --city Lyon mapping.stakeholders -o stakeholders.xlsx
cli-answer-export-arg-output = الكتابة في هذا الملف بدلًا من المخرج القياسي

cli-round-about = إغلاق جولة الإجابات السنوية وفتح الجولة التالية، أو سرد جولات مدينة
cli-round-after-help =
    أمثلة:
      workbook round close --city Lyon --dry-run
      workbook round close --city Lyon --label 2026
      workbook round list --city Lyon

cli-round-close-about = تجميد إجابات المدينة في جولة مسمّاة (للقراءة فقط بعد ذلك) وفتح الجولة التالية مع نقل كل إجابة إليها وتعليمها بـ«للتأكيد أو التحديث»
cli-round-close-after-help =
    أمثلة:
      workbook round close --city Lyon --dry-run      # ما الذي سيحدث
      workbook round close --city Lyon                # تُسمّى باسم السنة
      workbook round close --city Lyon --label "مراجعة 2026"
cli-round-close-arg-city = المدينة (اسمها، دون تمييز بين الأحرف الكبيرة والصغيرة)
cli-round-close-arg-label = اسم الجولة [الافتراضي: السنة، مثل 2026]
cli-round-close-arg-dry-run = بيان ما سيحدث دون حفظ شيء

cli-round-list-about = جولات المدينة من الأقدم إلى الأحدث، بتواريخها وتقدّمها، ومراجعة الجولة المفتوحة
cli-round-list-after-help =
    أمثلة:
      workbook round list --city Lyon
      workbook round list --city Lyon --json
cli-round-list-arg-city = المدينة (اسمها، دون تمييز بين الأحرف الكبيرة والصغيرة)

cli-diff-about = ما تغيّر بين جولتين لمدينة: الإجابات المضافة والمعدّلة والمحذوفة، والإجراءات التي تغيّرت حالتها، والمؤشرات مقارنةً بأهدافها
cli-diff-after-help =
    أمثلة:
      workbook diff --city Lyon                         # آخر جولة مغلقة مقارنةً باليوم
      workbook diff --city Lyon --from 2025 --to 2026
      workbook diff --city Lyon --format json
      workbook diff --city Lyon -o changes.md           # تُكتب كتابةً ذرّية
      workbook round list --city Lyon                   # أسماء الجولات
cli-diff-arg-city = المدينة المراد مقارنة جولاتها (اسمها، دون تمييز بين الأحرف الكبيرة والصغيرة)
cli-diff-arg-from = الجولة الأقدم: اسم جولة مغلقة، أو `current` [الافتراضي: آخر جولة مغلقة]
cli-diff-arg-to = الجولة الأحدث: اسم جولة مغلقة، أو `current` للجولة المفتوحة
cli-diff-arg-output = الكتابة في هذا الملف (كتابةً ذرّية) بدلًا من المخرج القياسي

cli-progress-about = لكل كراسة عمل في مدينة: عدد الأسئلة المجاب عنها وذات الصلة والإلزامية
cli-progress-after-help =
    أمثلة:
      workbook progress --city Lyon
      workbook progress --city Lyon --json

cli-migrate-about = نقل إجابات المدينة إلى الإصدارات الأحدث من كراسات العمل
cli-migrate-after-help =
    أمثلة:
      workbook migrate --city Lyon --dry-run   # عرض ما سيتغيّر
      workbook migrate --city Lyon             # التطبيق والحفظ
cli-migrate-arg-dry-run = عرض ما سيتغيّر دون حفظ شيء

cli-export-about = كتابة مدينة في ملف حزمة واحد، لنقلها إلى جهاز آخر أو إلى زميل
cli-export-after-help =
    أمثلة:
      workbook export --city Lyon -o lyon.workbook.toml
      workbook export --city Lyon > lyon.workbook.toml
      workbook export --city Lyon --format xlsx -o lyon.xlsx --edition public
cli-export-arg-output = الكتابة في هذا الملف بدلًا من المخرج القياسي

cli-import-about = استيراد حزمة؛ وفي مدينة موجودة تُدمج إجابةً إجابة، ويغلب التغيير الأحدث
cli-import-after-help =
    أمثلة:
      workbook import lyon.workbook.toml
      workbook import lyon.workbook.toml --json
      workbook import demo/demo-city.toml      # ملف مدينة يصلح أيضًا
cli-import-arg-file = حزمة كتبها `workbook export`، أو ملف مدينة (مثل المدينة التجريبية)
cli-import-arg-json = عرض تقرير الدمج بصيغة JSON

cli-open-about = فتح الواجهة الموجِّهة بملء الشاشة على كراسة عمل، حيث توقفت المدينة
cli-open-after-help =
    أمثلة:
      workbook                               # اختيار مدينة ثم كراسة عمل
      workbook open mapping --city Lyon      # مباشرةً حيث توقفت Lyon
      workbook open mapping --city Lyon --plain   # أسطر نصية بسيطة لقارئات الشاشة
      workbook open mapping --city Lyon < answers.txt   # بنص برمجي، في الوضع النصي
      NO_COLOR=1 workbook open               # بلا ألوان
cli-open-arg-workbook = كراسة العمل المراد فتحها (معرّف من `workbook list`) [الافتراضي: الشاشة الرئيسية]
cli-open-arg-city = المدينة المراد العمل عليها [الافتراضي: تُختار على الشاشة]
cli-open-arg-plain = الوضع النصي: الأسئلة أسطر نصية بسيطة، والإجابات تُقرأ سطرًا سطرًا (لقارئات الشاشة والنصوص البرمجية)؛ يُختار تلقائيًا حين لا يكون المدخل أو المخرج طرفية أو حين TERM=dumb. :quit أو Ctrl+C يحفظ ويبيّن ما حُفظ وكيفية المتابعة

cli-demo-about = فتح المدينة التجريبية للتدريب: مدينة خيالية إجاباتها مكتملة جزئيًا، محفوظة في مجلد مؤقت، وليس في مجلد بياناتك أبدًا
cli-demo-after-help =
    أمثلة:
      workbook demo            # الواجهة الموجِّهة على المدينة التجريبية
      workbook demo --reset    # التخلي عن التغييرات التي أُجريت في عروض سابقة
      workbook plan --demo     # خطة عمل المدينة التجريبية
cli-demo-arg-reset = البدء من جديد من المدينة التجريبية الأصلية، مع التخلي عن تغييرات العروض السابقة
cli-demo-arg-plain = الوضع النصي (انظر `workbook open --help`)

cli-plan-about = كتابة خطة عمل المدينة بصيغة markdown أو HTML أو JSON
cli-plan-after-help =
    أمثلة:
      workbook plan --city Riverton                      # markdown على المخرج القياسي
      workbook plan --city Riverton --format html -o plan.html
      workbook plan --city Riverton --format docx -o plan.docx   # Word، لإتمام الخطة
      workbook plan --city Riverton --workbook mapping --audience mayor
      workbook plan --city Riverton --round 2026 --date 2026-12-15   # خطة جولة مغلقة
      workbook plan --print-template > my-plan.md.j2     # عدّله، ثم:
      workbook plan --city Riverton --template my-plan.md.j2
      workbook plan --demo --format html -o demo-plan.html   # للمدرّبين
cli-plan-arg-city = المدينة التي تشكّل إجاباتها الخطة (اسمها، دون تمييز بين الأحرف الكبيرة والصغيرة) [الافتراضي: `city` في ملف الإعدادات]
cli-plan-arg-workbook = هذه الكراسة فقط (يمكن تكرارها) [الافتراضي: كل كراسات العمل]
cli-plan-arg-audience = أسئلةُ أيِّ جمهور تُدرج [الافتراضي: `audience` في ملف الإعدادات، وإلا all]
cli-plan-arg-demo = خطة المدينة التجريبية المدمجة (نسختها المؤقتة إن كان قد أُجري عرض)؛ لا تمس أي بيانات حقيقية
cli-plan-arg-format = صيغة المخرج
cli-value-format-docx = مستند Word (.docx)؛ حدِّد ملفًا بالخيار -o
cli-plan-arg-output = الكتابة في الملف (كتابةً ذرّية) بدلًا من المخرج القياسي
cli-plan-arg-date = التاريخ المطبوع على الخطة [الافتراضي: اليوم]
cli-plan-arg-round = خطة جولة مغلقة (اسمها، مثل 2026)، كما كانت المدينة عند إغلاقها [الافتراضي: إجابات الجولة المفتوحة]
cli-plan-arg-edition = الإجابات التي تعرضها الخطة: public (صالحة للنشر)، أو council (الإجابات العامة والداخلية، للمجلس البلدي)، أو restricted (كل شيء، بما في ذلك البيانات الشخصية)
cli-plan-arg-include-sensitive = مثل --edition restricted
cli-plan-arg-status = المرحلة التي بلغتها الخطة، كما يبيّنها غلافها
cli-plan-arg-plan-version = إصدار المستند، كما يبيّنه غلافه
cli-plan-arg-prepared-by = من أعدّ الخطة، كما يبيّنه غلافها [الافتراضي: حسب دور المدينة]
cli-plan-arg-trace = بيان مصدر كل سطر (معرّفات الأسئلة، وأسطر "From:")، لغرض التحقق
cli-plan-arg-template = استخدام هذا القالب بدلًا من القالب المدمج (انظر --print-template)
cli-plan-arg-print-template = عرض قالب الخطة المدمج ثم الخروج

cli-compare-about = مقارنة عدة مدن: التقدّم في كل كراسة عمل والمعطيات الأساسية، لمركز إقليمي
cli-compare-after-help =
    أمثلة:
      workbook compare --all
      workbook compare --city Lyon --city Kumanovo --format csv -o hub.csv
      workbook compare --all --format json
      workbook compare --all --since-last-round     # من تقدّم منذ جولته الأخيرة
cli-compare-arg-cities = مدينة للمقارنة (يمكن تكراره)
cli-compare-arg-all = مقارنة كل المدن في مجلد البيانات
cli-compare-arg-since-last-round = إضافة آخر جولة مغلقة لكل مدينة وما تغيّر منذها: الإجابات حينها والآن، والإجابات المعدّلة، والإجراءات المنجزة والمتأخرة والمتروكة، والمؤشرات التي بلغت أهدافها
cli-compare-arg-output = الكتابة في هذا الملف بدلًا من المخرج القياسي

cli-completions-about = عرض نص الإكمال التلقائي للصدفة
cli-completions-after-help =
    أمثلة:
      workbook completions bash > ~/.local/share/bash-completion/completions/workbook
      workbook completions zsh > ~/.zfunc/_workbook
      workbook completions fish > ~/.config/fish/completions/workbook.fish
cli-completions-arg-shell = الصدفة المراد الإكمال لها

cli-man-about = عرض صفحة الدليل (roff) على المخرج القياسي
cli-man-after-help =
    أمثلة:
      workbook man > workbook.1 && man ./workbook.1

## ما يضيفه clap إلى كل أمر

cli-help-flag = عرض المساعدة
cli-help-flag-short = عرض المساعدة (مزيد من التفاصيل مع «--help»)
cli-help-flag-long = عرض المساعدة (ملخّص مع «-h»)
cli-version-flag = عرض الإصدار
cli-help-command = عرض هذه الرسالة أو مساعدة الأوامر الفرعية المحددة
cli-help-command-arg = عرض مساعدة الأوامر الفرعية

## تخطيط المساعدة

cli-heading-usage = الاستخدام:
cli-heading-commands = الأوامر:
cli-heading-arguments = الوسائط:
cli-heading-options = الخيارات:
cli-placeholder-options = [خيارات]
cli-spec-env = [متغير البيئة: { $name }]
cli-spec-default = [الافتراضي: { $value }]
cli-spec-possible = [القيم الممكنة: { $values }]
cli-spec-possible-heading = القيم الممكنة:
cli-spec-possible-value = - { $value }: { $help }

## أسماء قيم الخيارات، كما في --city <الاسم>

cli-placeholder-command = الأمر
cli-placeholder-name = الاسم
cli-placeholder-dir = المجلد
cli-placeholder-theme = المظهر
cli-placeholder-lang = اللغة
cli-placeholder-seconds = الثواني
cli-placeholder-city = المدينة
cli-placeholder-text = النص
cli-placeholder-output = المخرج
cli-placeholder-key = المفتاح
cli-placeholder-keys = المفاتيح
cli-placeholder-file = الملف
cli-placeholder-file-workbook-question = الملف|كراسة_العمل.السؤال
cli-placeholder-workbook-question = كراسة_العمل.السؤال
cli-placeholder-workbook = كراسة_العمل
cli-placeholder-format = الصيغة
cli-placeholder-track = المسار
cli-placeholder-round = الجولة
cli-placeholder-role = الدور
cli-placeholder-number-format = صيغة_الأعداد
cli-placeholder-country = البلد
cli-placeholder-yyyy-mm-dd = YYYY-MM-DD
cli-placeholder-values = القيم
cli-placeholder-status = الحالة
cli-placeholder-shell = الصدفة
cli-placeholder-paths = المسارات
cli-placeholder-other = أخرى
cli-placeholder-old = القديم
cli-placeholder-new = الجديد
cli-placeholder-n = N
cli-placeholder-id = المعرّف
cli-placeholder-edition = النسخة
cli-placeholder-audience = الجمهور

## أخطاء الاستخدام

cli-clap-error = خطأ:
cli-clap-quoted = «{ $text }»
cli-clap-invalid = سطر الأوامر غير صالح
cli-clap-argument-twice = لا يمكن استخدام الوسيط { $argument } أكثر من مرة
cli-clap-argument-conflict = لا يمكن استخدام الوسيط { $argument } مع { $other }
cli-clap-argument-conflict-many = لا يمكن استخدام الوسيط { $argument } مع:
cli-clap-argument-conflict-others = لا يمكن استخدام الوسيط { $argument } مع واحد أو أكثر من الوسائط الأخرى المحددة
cli-clap-subcommand-conflict = لا يمكن استخدام الأمر الفرعي { $argument } مع { $other }
cli-clap-subcommand-conflict-many = لا يمكن استخدام الأمر الفرعي { $argument } مع:
cli-clap-subcommand-conflict-others = لا يمكن استخدام الأمر الفرعي { $argument } مع واحد أو أكثر من الوسائط الأخرى المحددة
cli-clap-no-equals = يلزم وضع علامة المساواة لإسناد قيمة إلى { $argument }
cli-clap-value-required = يلزم تحديد قيمة لـ{ $argument } ولكن لم تُحدَّد أي قيمة
cli-clap-invalid-value = القيمة { $value } غير صالحة لـ{ $argument }
cli-clap-invalid-value-because = القيمة { $value } غير صالحة لـ{ $argument }: { $reason }
cli-clap-possible-values = [القيم الممكنة: { $values }]
cli-clap-unknown-subcommand = أمر فرعي غير معروف: { $subcommand }
cli-clap-missing-arguments = لم تُحدَّد الوسائط الإلزامية التالية:
cli-clap-missing-subcommand = يتطلب { $command } أمرًا فرعيًا ولكن لم يُحدَّد أي أمر
cli-clap-subcommands = [الأوامر الفرعية: { $values }]
cli-clap-invalid-utf8 = اكتُشف ترميز UTF-8 غير صالح في وسيط واحد أو أكثر
cli-clap-too-many-values = قيمة غير متوقعة { $value } لـ{ $argument }؛ لم تكن هناك قيم أخرى متوقعة
cli-clap-too-few-values = يتطلب { $argument } عدد { $expected } من القيم؛ ولم يُحدَّد سوى { $count }
cli-clap-wrong-number-of-values = يتطلب { $argument } عدد { $expected } من القيم، ولكن حُدِّد { $count }
cli-clap-unknown-argument = وسيط غير متوقع: { $argument }
cli-clap-tip = تلميح:
cli-clap-similar-subcommand = { $count ->
    [one] يوجد أمر فرعي مشابه: { $names }
   *[other] توجد أوامر فرعية مشابهة: { $names }
}
cli-clap-similar-argument = { $count ->
    [one] يوجد وسيط مشابه: { $names }
   *[other] توجد وسائط مشابهة: { $names }
}
cli-clap-similar-value = { $count ->
    [one] توجد قيمة مشابهة: { $names }
   *[other] توجد قيم مشابهة: { $names }
}
cli-clap-tip-escape = لتمرير { $argument } بوصفه قيمة، اكتب { $command }
cli-clap-tip-exists = { $command } موجود
cli-clap-tip-double-dash = الأمر الفرعي { $subcommand } موجود؛ لاستخدامه احذف «--» الذي يسبقه
cli-clap-try-help = لمزيد من المعلومات، جرّب «{ $flag }».
cli-wait-not-seconds = `{ $text }` ليس عددًا من الثواني
cli-wait-out-of-range = يجب أن تكون مدة الانتظار بين 0 و{ $max } ثانية

## ما تعرضه الأوامر

cli-failed = خطأ: { $message }
cli-cannot-write-stdout = تعذّرت الكتابة على المخرج القياسي: { $error }
cli-list-separator = {"، "}
cli-cannot-read-answer = تعذّرت قراءة الإجابة: { $error }
cli-role = { $role ->
    [mayor] رئيس البلدية
   *[official] مسؤول بلدي
}
cli-track = { $track ->
    [core] المسار الأساسي
   *[full] كراسات العمل كاملة
}
cli-number-format = { $format ->
    [comma] فاصلة عشرية: 1234,5
   *[point] نقطة عشرية: 1234.5
}

## city

cli-city-renamed = أُعيدت تسمية «{ $old }» إلى «{ $new }».
cli-city-unreadable-kept = احتُفظ بالملف غير المقروء باسم { $path }.
cli-city-restored = استُعيدت «{ $city }» من النسخة الاحتياطية { $generation } ({ $count ->
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
   *[other] { $count } إجابة
}).
cli-city-created = أُنشئت «{ $city }» ({ $path }؛ تُكتب الأعداد { $format ->
    [comma] بفاصلة عشرية: 1234,5
   *[point] بنقطة عشرية: 1234.5
}).
cli-city-country-control = لا يمكن أن يحتوي اسم البلد على محارف تحكّم (وُجد U+{ $code })
cli-city-currency-control = لا يمكن أن تحتوي العملة على محارف تحكّم (وُجد U+{ $code })
cli-city-edit-nothing = حدِّد ما تريد تغييره: --country الاسم، --role mayor|official، --number-format point|comma، --track full|core، --currency النص أو --lang en|fr|es|ar
cli-city-with-country = { $city }، { $country }
cli-city-numbers-with = الأعداد { $format ->
    [comma] بفاصلة عشرية: 1234,5
   *[point] بنقطة عشرية: 1234.5
}
cli-city-plan-language = لغة الخطة: { $language }
cli-city-saved = حُفظ: { $summary }.
cli-city-unchanged = دون تغيير: { $summary }.
cli-city-none = لا توجد مدن بعد. أنشئ مدينة بالأمر: workbook city new الاسم
cli-city-unreadable = { $file }  غير مقروء: { $problem }
cli-city-listed = { $city }  ({ $role }؛ آخر تغيير { $changed })
cli-show-city = المدينة:
cli-show-country = البلد:
cli-show-role = الدور:
cli-show-track = المسار:
cli-show-numbers = الأعداد:
cli-show-currency = العملة:
cli-show-created = أُنشئت:
cli-show-file = الملف:
cli-show-answers = الإجابات:
cli-show-rounds = الجولات:
cli-show-workbook = { $answered }/{ $relevant } مجاب عنها، { $required_answered }/{ $required } إلزامية{ $attention ->
    [0] {""}
   *[other] ، { $attention } تحتاج إلى مراجعة
}
cli-show-rounds-closed = { $count ->
    [one] جولة واحدة مغلقة
    [two] جولتان مغلقتان
    [few] { $count } جولات مغلقة
   *[other] { $count } جولة مغلقة
} ({ $labels })؛ أُغلقت آخرها في { $date }
cli-show-to-confirm = { $count ->
    [one] إجابة واحدة منقولة
    [two] إجابتان منقولتان
    [few] { $count } إجابات منقولة
   *[other] { $count } إجابة منقولة
} من { $round } للتأكيد أو التحديث
cli-show-pending-migrations = عمليات ترحيل معلّقة (تُطبَّق عند الحفظ التالي، أو شغّل `workbook migrate`):
cli-orphaned-answers = إجابات لا سؤال لها (محفوظة في الملف، ولا تظهر في أي كراسة عمل):
cli-answers-needing-attention = إجابات تحتاج إلى مراجعة (محفوظة تمامًا كما سُجّلت؛ أجب عن السؤال من جديد لاستبدالها):
cli-answers-with-notes = إجابات لها ملاحظات تنتظر البت (يعرضها workbook answer get، ويغلقها answer resolve):
cli-city-not-deleted = لم يُحذف شيء.
cli-city-deleted = حُذفت «{ $city }». يُحتفظ بملفها باسم { $path }؛ ويعيدها `workbook city restore`.
cli-city-delete-unconfirmed = رُفض الحذف دون تأكيد؛ أضف --yes للحذف دون سؤال
cli-city-delete-confirm = هل تريد حذف المدينة «{ $city }»؟ سيُحتفظ بها في نسخة احتياطية. اكتب نعم للتأكيد:{" "}

## answer

cli-answer-json-one-value = يقبل --json قيمة واحدة بالضبط
cli-answer-saved = حُفظت { $key } لـ{ $city }.
cli-answer-unchanged = دون تغيير: { $key } لـ{ $city }.
cli-answer-kept = أُبقي عليها إجابةً لهذه الجولة: { $key } لـ{ $city }.
cli-answer-cleared-empty = مُسحت (كانت القيمة فارغة): { $key } لـ{ $city }.
cli-answer-none-yet = لا توجد لدى { $city } إجابة عن { $key } بعد.
cli-answer-other = أخرى: { $text }
cli-answer-note = الملاحظة { $number }: { $text }
cli-answer-note-kept = الملاحظة { $number }: { $text } (الإجابة المحفوظة فيها: { $kept })
cli-answer-resolve-with = للبت فيها: workbook answer resolve --city { $city } { $key } [--use N]
cli-answer-from-round = منقولة من { $round }: للتأكيد أو التحديث. للإبقاء عليها: workbook answer confirm --city { $city } { $key }
cli-answer-nothing-to-keep = لا توجد لـ{ $key } إجابة يُبقى عليها.
cli-answer-already-this-round = { $key } إجابة هذه الجولة أصلًا.
cli-answer-kept-many = أُبقي عليها إجاباتٍ لهذه الجولة لـ{ $city }: { $keys }.
cli-answer-cleared = مُسحت { $key }.
cli-answer-had-none = لم تكن لـ{ $key } إجابة.
cli-answer-notes-from-one = تُرقَّم الملاحظات بدءًا من 1، كما يعرضها `answer get`
cli-answer-resolved = أُبقي على الإجابة عن { $key }؛ وأُغلقت ملاحظاتها.
cli-answer-resolved-with-note = أصبحت الإجابة التي تحتفظ بها الملاحظة { $number } هي الإجابة عن { $key }؛ وأُغلقت الملاحظات.
cli-answer-import-refused = لم يُستورد شيء؛ صحّح هذه الإجابات في { $file }:
cli-answer-imported = استُورد إلى { $city }: { $set } مسجّلة، و{ $unchanged } دون تغيير، و{ $cleared } ممسوحة.
cli-inline-one-value = إجابة من نوع { $kind } قيمة واحدة؛ ضعها بين علامتي تنصيص إن كانت فيها مسافات
cli-inline-not-json = ليست قيمة إجابة بصيغة JSON ({ $error })؛ استخدم سلسلة نصية أو عددًا أو true/false أو مصفوفة سلاسل أو مصفوفة كائنات من السلاسل
cli-inline-not-cell = الصف { $row }: `{ $cell }` ليس بالصيغة column=value (اكتب علامة = الحرفية هكذا \=)
cli-inline-lone-backslash = تنتهي قيمة بشرطة مائلة عكسية منفردة؛ اكتب \\ للشرطة المائلة العكسية
cli-inline-unknown-escape = رمز هروب غير معروف `\{ $escape }`؛ استخدم \; \, \= \\ أو \n
cli-inline-lone-backslash-end = تنتهي قيمة بشرطة مائلة عكسية منفردة

## export و import

cli-bundle-exported = صُدّرت «{ $city }» إلى { $path }.
cli-bundle-bad-name = لم يُستورد شيء؛ لا يمكن استخدام اسم المدينة الوارد في { $file }: { $reason }
cli-bundle-newer = كتب هذه الحزمةَ إصدارٌ أحدث من workbook ({ $program })؛ حدّث البرنامج لاستيرادها
cli-bundle-created = أُنشئت «{ $city }»: أُضيفت { $added ->
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $added } إجابات
   *[other] { $added } إجابة
}، و{ $same } مطابقة، و{ $conflicts ->
    [one] تعارض واحد
    [two] تعارضان
    [few] { $conflicts } تعارضات
   *[other] { $conflicts } تعارض
}.
cli-bundle-merged = دُمج في «{ $city }»: أُضيفت { $added ->
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $added } إجابات
   *[other] { $added } إجابة
}، و{ $same } مطابقة، و{ $conflicts ->
    [one] تعارض واحد
    [two] تعارضان
    [few] { $conflicts } تعارضات
   *[other] { $conflicts } تعارض
}.
cli-bundle-conflict-kept-bundle = تعارض في { $key }: أُبقي على إجابة الحزمة (عُدّلت في { $changed })
cli-bundle-conflict-kept-local = تعارض في { $key }: أُبقي على إجابة هذا الجهاز (عُدّلت في { $changed })
cli-bundle-this-machine = هذا الجهاز
cli-bundle-the-bundle = الحزمة
cli-bundle-rounds-added = أُضيفت الجولات المغلقة: { $rounds }.
cli-bundle-round-answers-replaced = في الجولات المغلقة الموجودة لدى الطرفين، أُخذ من التغيير الأحدث { $count ->
    [one] إجابة واحدة مختلفة
    [two] إجابتان مختلفتان
    [few] { $count } إجابات مختلفة
   *[other] { $count } إجابة مختلفة
}.
cli-bundle-backup-kept = يُحتفظ بالملف كما كان قبل الاستيراد بوصفه أحدث نسخة احتياطية له (.bak.1).

## compare، وما تقوله عدة أوامر

cli-compare-no-cities = لا توجد مدن للمقارنة؛ أنشئ مدينة بالأمر `workbook city new الاسم`
cli-compare-skipping = تحذير: تُخطّي { $file }: { $problem }
cli-config-lang-invalid = workbook: قيمة `lang` في ملف الإعدادات: { $problem }؛ تُعرض كراسات العمل بالإنجليزية
cli-not-translated = workbook: لم تُترجم كراسات العمل إلى { $language } بعد، لذا تُعرض بالإنجليزية (الترجمات المتاحة: { $translated })
cli-workbooks-skipped = (تُتخطّى كراسات العمل التي فيها أخطاء؛ شغّل `workbook validate` للاطلاع على التفاصيل)
cli-cannot-read-stdin = تعذّرت قراءة المدخل القياسي: { $error }
cli-waiting = في انتظار «{ $city }»: المدينة مفتوحة في نافذة أو عملية أخرى...
cli-not-saved = لم يُحفظ التغيير: { $problem }

## demo و diff

cli-demo-reset = أُعيدت { $city } إلى إجاباتها الأصلية، في { $dir }.
cli-demo-plain = عرض تجريبي: مدينة خيالية للتدريب؛ لا شيء هنا يمس بيانات حقيقية.
cli-diff-no-round-closed = { $problem }؛ أغلق الجولة عند انتهائها بالأمر: workbook round close --city { $city }
cli-diff-unknown-round = { $problem }، إضافةً إلى current (الجولة المفتوحة)؛ لعرضها: workbook round list --city { $city }
cli-tui-not-saved = لم تُحفظ الإجابات الأخيرة ({ $problem })؛ وستضيع ما لم تكتبها من جديد

## migrate و open و plan و list --questions

cli-migrate-none = لا توجد عمليات ترحيل تنطبق.
cli-migrate-would-change = سيتغيّر (تجربة دون حفظ، لم يُحفظ شيء):
cli-migrate-changed = تغيّر وحُفظ:
cli-no-such-workbook = لا توجد كراسة عمل `{ $id }`؛ كراسات العمل هي: { $ids }
cli-open-plain-needs-city = يحتاج الوضع النصي إلى مدينة: workbook open كراسة_العمل --city الاسم --plain (أو حدِّد `city` في ملف الإعدادات)
cli-open-no-workbooks = لا توجد كراسات عمل لفتحها
cli-plain-stopped = توقف الوضع النصي: { $error }
cli-plan-which-city = حدِّد المدينة التي تُكتب خطتها: workbook plan --city الاسم (انظر `workbook plan --help`)
cli-plan-docx-needs-file = مستند Word ملف ثنائي: حدِّد ملفًا بالخيار -o plan.docx
cli-plan-cannot-read-template = تعذّرت قراءة القالب { $path }: { $error }
cli-plan-template-too-large = حجم القالب { $path } هو { $size } بايت؛ والحد الأقصى للقوالب 1 ميبيبايت
cli-plan-cannot-write = تعذّرت كتابة الخطة: { $error }
cli-questions-heading = { $title } ({ $id }): { $count ->
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
cli-questions-section = القسم { $number } من { $count }: { $title }

## أعمدة list و progress و round list

cli-list-id = المعرّف
cli-list-title = العنوان
cli-list-sections = الأقسام
cli-list-questions = الأسئلة
cli-list-source = المصدر
cli-progress-workbook = كراسة العمل
cli-progress-answered = مجاب عنها
cli-progress-relevant = ذات صلة
cli-progress-required = إلزامية
cli-progress-done = المنجز

## round

cli-round-closed = أُغلقت الجولة { $round } لـ{ $city }: { $count ->
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
   *[other] { $count } إجابة
}، من { $from } إلى { $to }.
cli-round-would-close = ستُغلق الجولة { $round } لـ{ $city }: { $count ->
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
   *[other] { $count } إجابة
}، من { $from } إلى { $to }.
cli-round-opened = فُتحت الجولة التالية ونُقلت إليها كل إجابة مع تعليمها بـ«من { $round }: للتأكيد أو التحديث».
cli-round-would-open = ستُفتح الجولة التالية وتُنقل إليها كل إجابة مع تعليمها بـ«من { $round }: للتأكيد أو التحديث».
cli-round-moved-format = نُقل ملف المدينة إلى صيغة الملف { $format } التي تضم الجولات؛ ولا تستطيع إصدارات workbook السابقة للإصدار 0.2 فتحه.
cli-round-would-move-format = سيُنقل ملف المدينة إلى صيغة الملف { $format } التي تضم الجولات؛ ولن تستطيع إصدارات workbook السابقة للإصدار 0.2 فتحه.
cli-round-nothing-saved = لم يُحفظ شيء (تجربة دون حفظ).
cli-round-see-rounds = لعرض الجولات: workbook round list --city { $city }
cli-round-list-heading = جولات { $city }:
cli-round-column-round = الجولة
cli-round-column-from = من
cli-round-column-to = إلى
cli-round-column-answers = الإجابات
cli-round-column-done = المنجز
cli-round-open-current = مفتوحة (الحالية)
cli-round-none-closed = لم تُغلق أي جولة بعد. أغلق هذه الجولة عند انتهائها بالأمر: workbook round close --city { $city }
cli-round-against = هذه الجولة مقارنةً بـ{ $round }:
cli-round-column-workbook = كراسة العمل
cli-round-column-to-confirm = للتأكيد
cli-round-column-confirmed = مؤكَّدة
cli-round-column-updated = محدَّثة
cli-round-column-new = جديدة
cli-round-column-removed = محذوفة

## translate و validate

cli-translate-missing = لا توجد ترجمة `{ $lang }` بعد: { $path } غير موجود ({ $count ->
    [one] نص واحد للترجمة
    [two] نصان للترجمة
    [few] { $count } نصوص للترجمة
    [many] { $count } نصًا للترجمة
   *[other] { $count } نص للترجمة
})
cli-translate-missing-hint = يعرض `workbook translate --lang { $lang } { $path }` ملفًا للبدء منه
cli-translate-stray = هذه الترجمة لا تترجم أي ملف: { $path } غير موجود
cli-translate-stray-hint = سمِّها باسم كراسة العمل الإنجليزية التي تترجمها، أو احذفها
cli-translate-glossary-hint = يضم ملف المسرد مدخلات [[glossary]] فيها term و definition و aliases
cli-translate-which-language = حدِّد لغة الترجمة، مثل: workbook translate --lang fr mapping
cli-translate-fix-translation = صحّح { $path } أولًا: تتعذّر قراءة كل مدخلاته
cli-translate-complete = { $path }: كل نصوص { $english } مترجمة إلى { $lang } ومحدَّثة
cli-no-such-file = { $path }: الملف غير موجود
cli-translate-no-workbook = لا توجد كراسة عمل `{ $id }` في ./{ $folder }: شغّل الأمر في المجلد الذي يضم { $folder }/ (المستودع)، أو حدِّد مسار الملف الإنجليزي، مثل: workbook translate --lang fr path/to/mapping.toml
cli-translate-fix-workbook = صحّح { $path } أولًا (يفحصه workbook validate { $path })
cli-validate-summary = فُحصت { $files ->
    [one] كراسة عمل واحدة
    [two] كراستا عمل
    [few] { $files } كراسات عمل
   *[other] { $files } كراسة عمل
}: { $errors ->
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
   *[other] { $errors } خطأ
}، { $warnings ->
    [one] تحذير واحد
    [two] تحذيران
    [few] { $warnings } تحذيرات
   *[other] { $warnings } تحذير
}
cli-validate-summary-translations = فُحصت { $files ->
    [one] كراسة عمل واحدة
    [two] كراستا عمل
    [few] { $files } كراسات عمل
   *[other] { $files } كراسة عمل
} و{ $translations ->
    [one] ملف ترجمة واحد
    [two] ملفا ترجمة
    [few] { $translations } ملفات ترجمة
   *[other] { $translations } ملف ترجمة
} ({ $lang }): { $errors ->
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
   *[other] { $errors } خطأ
}، { $warnings ->
    [one] تحذير واحد
    [two] تحذيران
    [few] { $warnings } تحذيرات
   *[other] { $warnings } تحذير
}
cli-validate-no-folder = دون مسار، يفحص `validate --lang { $lang }` المجلد ./{ $folder } وترجماته في ./{ $folder }/i18n/{ $lang }، ولا يوجد هنا ./{ $folder }: حدِّد مجلد كراسات العمل، مثل: workbook validate --lang { $lang } path/to/workbooks
cli-validate-no-toml = لا توجد ملفات .toml في { $path }
cli-no-such-file-or-folder = { $path }: الملف أو المجلد غير موجود

## العرض التجريبي، وملف الإعدادات، ومجلد البيانات

cli-demo-broken = المدينة التجريبية المدمجة تالفة: { $error }
cli-demo-no-home = تعذّر العثور على مجلد شخصي للعرض التجريبي؛ عيّن { $variable }
cli-demo-cannot-reset = تعذّرت إعادة تعيين العرض التجريبي في { $dir }
cli-config-cannot-read = { $path }: تعذّرت قراءة ملف الإعدادات
cli-config-fields = يقبل ملف الإعدادات city و audience (mayor أو official أو all) و data_dir و theme (default أو projector) و lang (en أو fr أو es أو ar)
cli-paths-no-home = تعذّر العثور على مجلد شخصي لمجلد البيانات؛ استخدم --data-dir المجلد أو عيّن WORKBOOK_DATA_DIR

cli-team-about = مشاركة مدن مجلد البيانات مع الزملاء عبر git: الإعداد، والحالة، والمزامنة
cli-team-after-help =
    أمثلة:
      workbook team init --remote git@example.org:hub/cities.git
      workbook team status
      workbook team sync
      workbook team sync --message "ليون: ورشة رسم الخرائط"
cli-team-init-about = جعل مجلد البيانات مستودع git لمشاركة المدن (أو إعداد المستودع الذي يحويه)
cli-team-init-after-help =
    أمثلة:
      workbook team init
      workbook team init --remote /mnt/shared/cities.git
      workbook team init --remote https://git.example.org/hub/cities.git
cli-team-init-arg-remote = المستودع المشترك الذي تتم المزامنة معه (أي مستودع git بعيد: خادم، أو خدمة مستضافة، أو مستودع مجرد على محرك مشترك)
cli-team-status-about = ما لم يُسجَّل بعد، ومدى تقدّم هذه النسخة على النسخة المشتركة أو تأخرها عنها
cli-team-status-after-help =
    أمثلة:
      workbook team status
      workbook team status --json
cli-team-status-arg-json = عرض الحالة بصيغة JSON
cli-team-sync-about = تسجيل تغييرات هذا الجهاز، وجلب تغييرات الزملاء (مدموجة إجابةً إجابة)، وإرسالها
cli-team-sync-after-help =
    أمثلة:
      workbook team sync
      workbook team sync --message "ليون: ورشة رسم الخرائط مع مصلحة الشباب"
cli-team-sync-arg-message = رسالة التسجيل [افتراضيًا: المدن والإجابات التي تغيّرت]
cli-merge-profile-about = دمج ثلاث نسخ من ملف مدينة إجابةً إجابة (أداة الدمج التي يستدعيها git لملفات المدن؛ يُعدّها `team init`)
cli-merge-profile-after-help =
    يستدعيها git هكذا: workbook merge-profile %O %A %B %P
    تُكتب النتيجة في نسختنا (OURS). إذا تعذّرت قراءة إحدى النسخ يتوقف الأمر بخطأ وتبقى OURS كما هي.
    أمثلة:
      git config merge.workbook-profile.driver "workbook merge-profile %O %A %B %P"   # ما يضبطه team init
      workbook merge-profile base.toml ours.toml theirs.toml   # يدويًا: تُكتب النتيجة في ours.toml
cli-merge-profile-arg-base = النسخة المشتركة التي انطلق منها الطرفان (فارغة إذا أضاف الطرفان المدينة)
cli-merge-profile-arg-ours = نسخة هذا الطرف؛ يُكتب فيها الملف المدموج
cli-merge-profile-arg-theirs = نسخة الطرف الآخر
cli-merge-profile-arg-path = مسار الملف في المستودع، للرسائل
cli-city-log-about = من غيّر أي إجابات المدينة ومتى، الأحدث أولًا، من سجل المستودع المشترك (انظر `workbook team`)
cli-city-log-after-help =
    أمثلة:
      workbook city log Lyon
      workbook city log Lyon mapping.threats
      workbook city log Lyon --json
cli-city-log-arg-answer = تغييرات هذه الإجابة فقط (كراسة_العمل.السؤال)
cli-city-log-arg-json = عرض السجل بصيغة JSON
cli-placeholder-url = URL
cli-placeholder-base = BASE
cli-placeholder-ours = OURS
cli-placeholder-theirs = THEIRS
cli-placeholder-path = PATH
cli-placeholder-answer = ANSWER
cli-answer-import-arg-file = ملف إجابات TOML؛ أو كراسة_العمل.السؤال يليه جدول بيانات لذلك السؤال
cli-answer-import-arg-spreadsheet = جدول بيانات (CSV أو ‎.xlsx أو ‎.xls أو ‎.ods) تجيب صفوفه عن سؤال الجدول أو القائمة المذكور قبله؛ يسمّي صفه الأول الأعمدة
cli-answer-import-arg-sheet = الورقة المراد قراءتها [افتراضيًا: الأولى]
cli-answer-import-arg-map = عناوين الأعمدة التي لا يتعرّف عليها البرنامج: "العنوان=العمود,عنوان آخر=العمود"
cli-answer-import-arg-merge = إضافة الصفوف إلى الإجابة المحفوظة؛ الصف الذي يطابق عموده الأول صفًا محفوظًا يحدّثه
cli-answer-import-arg-replace = استبدال الإجابة المحفوظة بالصفوف
cli-answer-import-arg-partial = استيراد الصفوف المقبولة حتى إن رُفض غيرها
cli-answer-export-arg-key = إجابة جدول أو قائمة واحدة تُكتب في جدول بيانات (‎-o FILE.csv أو FILE.xlsx)
cli-export-arg-format = toml: حزمة لنقل المدينة [افتراضيًا]؛ xlsx: كل الإجابات للقراءة، ورقة لكل جدول
cli-export-arg-edition = مع ‎--format xlsx: الإجابات والأعمدة التي تعرضها هذه النسخة [افتراضيًا: council]
cli-placeholder-map = MAP
cli-placeholder-spreadsheet = SPREADSHEET
cli-city-edit-arg-name = المدينة المراد تعديلها (اسمها، دون تمييز بين الأحرف الكبيرة والصغيرة)
cli-city-edit-arg-role = من سيجيب: تُعرض الأسئلة المكتوبة لهذا الدور
cli-city-show-arg-name = المدينة المراد عرضها (اسمها، دون تمييز بين الأحرف الكبيرة والصغيرة)
cli-city-log-arg-name = المدينة المراد عرض سجلّها (اسمها، دون تمييز بين الأحرف الكبيرة والصغيرة)
cli-city-rename-arg-old = الاسم الحالي للمدينة (دون تمييز بين الأحرف الكبيرة والصغيرة)
cli-city-rename-arg-new = اسمها الجديد
cli-city-delete-arg-name = المدينة المراد حذفها (اسمها، دون تمييز بين الأحرف الكبيرة والصغيرة)
cli-city-restore-arg-name = المدينة المراد استعادتها من نسخة احتياطية (اسمها، دون تمييز بين الأحرف الكبيرة والصغيرة)
cli-answer-get-arg-key = كراسة_العمل.السؤال، مثل mapping.threats
cli-answer-clear-arg-key = كراسة_العمل.السؤال، مثل mapping.threats
cli-answer-resolve-arg-key = كراسة_العمل.السؤال الذي تُعالج ملاحظاته
cli-diff-arg-format = markdown للقراءة، وjson للسكربتات
cli-compare-arg-format = markdown للقراءة، وcsv لجدول بيانات، وjson للسكربتات
