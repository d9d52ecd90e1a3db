# ما تقوله خطة العمل، بجميع صيغها (markdown وHTML وWord وJSON) ونسخها. تُكتب الخطة بلغة مدينتها،
# وقد تختلف عن لغة الواجهة.
#
# الرسالة التي تُطبع في خطة markdown تُعامَل كلها كقيمة واحدة: اكتبوا نصًا عاديًا. تصل القيم
# مكتوبة سلفًا (المبالغ بعملتها، والتواريخ بالكلمات، والقوائم مجمّعة).

## صفحة الغلاف

plan-title = { $city }: خطة عمل لمواجهة الكراهية والتطرف والاستقطاب
plan-cover-status = الحالة:
plan-cover-version = الإصدار:
plan-cover-date = التاريخ:
plan-cover-round = الجولة:
plan-cover-round-value = { $round }، والإجابات كما كانت عند إغلاق الجولة في { $closed }
plan-cover-prepared-by = إعداد:
plan-cover-country = البلد:
plan-cover-scope = النطاق:
plan-cover-scope-value = الأسئلة الموجهة إلى { $audience }
plan-cover-built-from = أُعدّت استنادًا إلى:
plan-cover-edition = النسخة:
plan-cover-edition-value = { $edition }، { $notice }

plan-audience-mayor = رئيس البلدية
plan-audience-official = موظفي البلدية
plan-audience-all = رئيس البلدية وموظفي البلدية

plan-prepared-by-mayor = مكتب رئيس البلدية
plan-prepared-by-official = إدارة البلدية

plan-track-full = كراسات العمل كاملةً
plan-track-core = الأسئلة الأساسية، وهي مجموعة أقصر مخصصة للبلدات الصغيرة وورش العمل الأولى

plan-edition-public = النسخة العامة
plan-edition-council = نسخة المجلس البلدي
plan-edition-restricted = النسخة المقيدة
plan-edition-public-notice = صالحة للنشر
plan-edition-council-notice = داخلية، ليست للنشر
plan-edition-restricted-notice = تتضمن بيانات شخصية وتفاصيل عن أشخاص وأماكن معرّضة للخطر؛ لا تُشارَك إلا مع من يحتاجون إليها

plan-status-draft = مسودة
plan-status-for-decision = معروضة على المجلس البلدي لاتخاذ قرار
plan-status-adopted = اعتمدها المجلس البلدي

plan-withheld-public = { $count ->
    [one] أُغفلت من هذه النسخة إجابة واحدة مخصصة للمجلس البلدي وشركائه فقط.
    [two] أُغفلت من هذه النسخة إجابتان مخصصتان للمجلس البلدي وشركائه فقط.
    [few] أُغفلت من هذه النسخة { $count } إجابات مخصصة للمجلس البلدي وشركائه فقط.
    [many] أُغفلت من هذه النسخة { $count } إجابةً مخصصة للمجلس البلدي وشركائه فقط.
   *[other] أُغفلت من هذه النسخة { $count } إجابة مخصصة للمجلس البلدي وشركائه فقط.
}
plan-withheld-personal = { $count ->
    [one] أُغفلت من هذه النسخة إجابة واحدة تتضمن بيانات شخصية أو تفاصيل عن أشخاص وأماكن معرّضة للخطر.
    [two] أُغفلت من هذه النسخة إجابتان تتضمنان بيانات شخصية أو تفاصيل عن أشخاص وأماكن معرّضة للخطر.
    [few] أُغفلت من هذه النسخة { $count } إجابات تتضمن بيانات شخصية أو تفاصيل عن أشخاص وأماكن معرّضة للخطر.
    [many] أُغفلت من هذه النسخة { $count } إجابةً تتضمن بيانات شخصية أو تفاصيل عن أشخاص وأماكن معرّضة للخطر.
   *[other] أُغفلت من هذه النسخة { $count } إجابة تتضمن بيانات شخصية أو تفاصيل عن أشخاص وأماكن معرّضة للخطر.
}

## عناوين الفصول والأقسام

plan-heading-summary = الملخص التنفيذي
plan-heading-need = الحاجة
plan-heading-objectives = الأهداف
plan-heading-priorities = الإجراءات ذات الأولوية
plan-heading-cost = التكلفة والتمويل
plan-heading-decisions = القرارات المعروضة على المجلس البلدي
plan-heading-since = التقدم المحرز منذ الجولة السابقة
plan-heading-since-actions = الإجراءات
plan-heading-since-indicators = المؤشرات
plan-heading-since-mapping = ما تغيّر في رسم الخرائط
plan-heading-risks = سجل المخاطر والاحتياجات
plan-heading-governance = الحوكمة وتقديم التقارير
plan-heading-actions = خطة العمل
plan-heading-timeline = الجدول الزمني
plan-heading-budget = الميزانية
plan-heading-monitoring = الرصد والتقييم والتعلم
plan-heading-review = جدول المراجعة
plan-heading-delivery-risks = مخاطر التنفيذ
plan-heading-stakeholders = خريطة الجهات المعنية
plan-heading-open = المسائل العالقة
plan-heading-sources = المصادر

## الملخص التنفيذي

plan-opening = تعرض هذه الخطة كيف ستعمل { $city } على الوقاية من الكراهية والتطرف والاستقطاب، وكيف ستستجيب حين تُفضي إلى ضرر.
plan-opening-covers = وهي تتناول { $areas }.
plan-opening-area-mapping = ما تعرفه المدينة عن التهديدات والاحتياجات والموارد المحلية
plan-opening-area-strategy = استراتيجيتها للوقاية
plan-opening-area-prevention = أعمال الوقاية
plan-opening-area-response = الاستعداد للهجمات والاستجابة لها
plan-opening-area-coordination = التنسيق مع الحكومة الوطنية والشركاء

plan-cost-costed = { $count ->
    [one] تبلغ تكلفة الإجراء الوحيد المحدد التكلفة في هذه الخطة { $total }.
    [two] تبلغ تكلفة الإجراءين المحددَي التكلفة في هذه الخطة { $total }.
   *[other] تبلغ تكلفة الإجراءات المحددة التكلفة في هذه الخطة، وعددها { $count }، ما مجموعه { $total }.
}
plan-cost-costed-funding = { $count ->
    [one] تبلغ تكلفة الإجراء الوحيد المحدد التكلفة في هذه الخطة { $total }: { $funding }.
    [two] تبلغ تكلفة الإجراءين المحددَي التكلفة في هذه الخطة { $total }: { $funding }.
   *[other] تبلغ تكلفة الإجراءات المحددة التكلفة في هذه الخطة، وعددها { $count }، ما مجموعه { $total }: { $funding }.
}
plan-cost-secured = تم تأمين { $amount }
plan-cost-applied = قُدّم طلب تمويل بقيمة { $amount }
plan-cost-unfunded = لا يزال { $amount } بحاجة إلى تمويل
plan-cost-others = { $count ->
    [one] ويعتمد إجراء آخر على وقت الموظفين أو لا تترتب عليه أي تكلفة.
    [two] ويعتمد إجراءان آخران على وقت الموظفين أو لا تترتب عليهما أي تكلفة.
   *[other] وتعتمد إجراءات أخرى، عددها { $count }، على وقت الموظفين أو لا تترتب عليها أي تكلفة.
}
plan-cost-closed = لا تُحتسب الإجراءات المنجزة أو الملغاة.
plan-cost-partial = لا تُحتسب في هذه النسخة الإجراءات المخصصة للمجلس البلدي وحده.

plan-decisions-adopted = قرر المجلس البلدي ما يلي:
plan-decisions-asked = يُطلب من المجلس البلدي ما يلي:
plan-decision-adopt = اعتماد هذه الخطة بوصفها خطة المدينة لمواجهة الكراهية والتطرف والاستقطاب؛
plan-decision-approve = الموافقة على الإجراءات المحددة التكلفة (بمجموع { $total })؛
plan-decision-approve-funding = الموافقة على الإجراءات المحددة التكلفة (بمجموع { $total }) والاتفاق على طريقة تمويل الباقي ({ $open })؛
plan-decision-open-both = { $applied } طُلب تمويلها و{ $unfunded } لا تزال بحاجة إلى تمويل
plan-decision-open-applied = { $applied } طُلب تمويلها
plan-decision-open-unfunded = { $unfunded } لا تزال بحاجة إلى تمويل
plan-decision-report = طلب تقرير عن التقدم المحرز في ضوء المؤشرات عند كل مراجعة.

plan-summary-progress = منذ جولة { $round } التي أُغلقت في { $closed }، { $reports }. ويعرض فصل التقدم المحرز منذ الجولة السابقة التفاصيل.
plan-summary-progress-indicators = { $measured ->
    [one] منذ جولة { $round } التي أُغلقت في { $closed }، { $reports }، وتقدّم نحو هدفه { $moved } من أصل مؤشر واحد مقيس بالأرقام. ويعرض فصل التقدم المحرز منذ الجولة السابقة التفاصيل.
   *[other] منذ جولة { $round } التي أُغلقت في { $closed }، { $reports }، وتقدّم نحو أهدافه { $moved } من أصل { $measured } من المؤشرات المقيسة بالأرقام. ويعرض فصل التقدم المحرز منذ الجولة السابقة التفاصيل.
}
plan-summary-none-reported = لم يُبلَّغ عن أي إجراء منجز أو قيد التنفيذ أو متأخر أو ملغى
plan-summary-reports = تفيد المدينة بوجود { $parts }
plan-summary-first-count = { $count ->
    [one] إجراء واحد { $status }
    [two] إجراءين { $status }
    [few] { $count } إجراءات { $status }
    [many] { $count } إجراءً { $status }
   *[other] { $count } إجراء { $status }
}

## التقدم المحرز منذ الجولة السابقة

plan-action-status-done = { $count ->
    [one] منجز
    [two] منجزين
   *[other] منجزة
}
plan-action-status-in-progress = { $count ->
   *[other] قيد التنفيذ
}
plan-action-status-late = { $count ->
    [one] متأخر
    [two] متأخرين
   *[other] متأخرة
}
plan-action-status-dropped = { $count ->
    [one] ملغى
    [two] ملغيين
   *[other] ملغاة
}
plan-action-status-carried-over = { $count ->
    [one] مُرحّل
    [two] مُرحّلين
   *[other] مُرحّلة
}
plan-action-status-planned = { $count ->
    [one] مخطط له
    [two] مخطط لهما
   *[other] مخطط لها
}
plan-action-status-none = { $count ->
   *[other] بلا حالة
}
plan-status-none = بلا حالة

plan-since-opening = يقارن هذا الفصل الخطة بجولة { $round } للمدينة، التي أُغلقت في { $closed }.
plan-since-opening-parts = يقارن هذا الفصل الخطة بجولة { $round } للمدينة، التي أُغلقت في { $closed }: { $parts }.
plan-since-part-actions = مآل الإجراءات
plan-since-part-indicators = وضع المؤشرات
plan-since-part-mapping = ما تغيّر في رسم الخرائط

plan-since-no-actions = لا تتضمن هذه الخطة أي إجراءات.
plan-since-none-reported = { $total ->
    [one] لم يُبلَّغ بعد عن الإجراء الوحيد في هذه الخطة.
   *[other] لم يُبلَّغ بعد عن أي من إجراءات هذه الخطة، وعددها { $total }.
}
plan-since-actions = { $total ->
   *[other] من بين إجراءات هذه الخطة البالغ عددها { $total }: { $parts }.
}
plan-since-first-count = { $count ->
   *[other] { $count } { $status }
}
plan-count = { $count } { $status }
plan-since-new = { $count ->
    [one] وهناك إجراء واحد جديد منذ جولة { $round }.
    [two] وهناك إجراءان جديدان منذ جولة { $round }.
    [few] وهناك { $count } إجراءات جديدة منذ جولة { $round }.
    [many] وهناك { $count } إجراءً جديدًا منذ جولة { $round }.
   *[other] وهناك { $count } إجراء جديد منذ جولة { $round }.
}
plan-since-removed-actions = الإجراءات التي لم تعد واردة في الخطة منذ جولة { $round }: { $actions }.
plan-since-unmeasured = المؤشرات التي لم تُقَس بعد: { $indicators }.
plan-since-none-measured = لا يوجد حتى الآن أي مؤشر له قيمة مقيسة: { $indicators }.
plan-since-removed-indicators = المؤشرات التي لم تعد تُتابَع منذ جولة { $round }: { $indicators }.
plan-since-action-when = { $action } ({ $when })

plan-round-column = جولة { $round }
plan-column-standing = الوضع الحالي
plan-standing-up = ارتفاع بمقدار { $amount } منذ جولة { $round }
plan-standing-down = انخفاض بمقدار { $amount } منذ جولة { $round }
plan-standing-unchanged = دون تغيير منذ جولة { $round }
plan-standing-reached = تحقق الهدف
plan-standing-share = قُطع { $percent }% من الطريق بين خط الأساس والهدف
plan-standing-no-change = لا تغيير عن خط الأساس
plan-standing-further = أبعد عن الهدف مما كان عند خط الأساس
plan-standing-points = { $amount } نقطة مئوية

plan-since-mapping-changed = «{ $before }» في جولة { $round }، والآن «{ $after }».
plan-since-mapping-new = عناصر جديدة: { $items }.
plan-since-mapping-removed = عناصر لم تعد مدرجة: { $items }.
plan-since-mapping-first = منذ جولة { $round }، عُرضت العناصر التالية للمرة الأولى: { $parts }.
plan-since-mapping-same = بقيت قوائم رسم الخرائط وخريطة الجهات المعنية والسجل على حالها منذ جولة { $round }.

## السجلات والجداول

plan-actions-order = رُتّبت الإجراءات حسب الأولوية ثم حسب تاريخ البدء.
plan-actions-order-status = رُتّبت الإجراءات حسب الأولوية ثم حسب تاريخ البدء، وتأتي الإجراءات المنجزة أو الملغاة في آخر القائمة.

plan-column-action = الإجراء
plan-column-owner = الجهة المسؤولة
plan-column-partners = الشركاء
plan-column-timeline = الجدول الزمني
plan-column-status = الحالة
plan-column-priority = الأولوية
plan-column-budget = الميزانية
plan-column-budget-currency = الميزانية ({ $currency })
plan-column-funding = التمويل
plan-column-indicator = المؤشر
plan-column-start = البداية
plan-column-due = الموعد النهائي
plan-column-type = النوع
plan-column-baseline = خط الأساس
plan-column-latest = أحدث قيمة
plan-column-target = الهدف
plan-column-source = المصدر
plan-column-frequency = التواتر
plan-column-name = الاسم
plan-column-sector = القطاع
plan-column-role = الدور
plan-column-influence = التأثير
plan-column-interest = الاهتمام
plan-column-relationship = العلاقة
plan-column-contact = جهة الاتصال
plan-column-risk = الخطر
plan-column-affected = المتأثرون
plan-column-likelihood = الاحتمال
plan-column-impact = الأثر
plan-column-current-response = الاستجابة الحالية
plan-column-evidence = الأدلة
plan-column-mitigation = تدابير التخفيف

# علامة الاتجاه من اليسار إلى اليمين ("\u200E") قبل كل تاريخ تُبقي أجزاءه (2027-03-01) بترتيبها.
plan-timeline-range = من {"\u200E"}{ $start } إلى {"\u200E"}{ $due }
plan-timeline-from = ابتداءً من {"\u200E"}{ $start }
plan-timeline-by = بحلول {"\u200E"}{ $due }

plan-column-area = المجال
plan-column-costed = الإجراءات المحددة التكلفة
plan-column-cost = التكلفة
plan-column-secured = المؤمَّن
plan-column-applied = المطلوب
plan-column-unfunded = المتبقي تدبيره
plan-budget-total = المجموع
plan-budget-partial = لا تتضمن هذه النسخة الإجراءات المخصصة للمجلس البلدي وحده، والمجاميع تخص الإجراءات المعروضة هنا فقط.
plan-budget-closed = { $count ->
    [one] لا يُحتسب الإجراء المنجز أو الملغى.
    [two] لا يُحتسب الإجراءان المنجزان أو الملغيان.
   *[other] لا تُحتسب الإجراءات المنجزة أو الملغاة، وعددها { $count }.
}
plan-budget-others = { $count ->
    [one] يعتمد إجراء آخر على وقت الموظفين أو لا تترتب عليه أي تكلفة.
    [two] يعتمد إجراءان آخران على وقت الموظفين أو لا تترتب عليهما أي تكلفة.
   *[other] تعتمد إجراءات أخرى، عددها { $count }، على وقت الموظفين أو لا تترتب عليها أي تكلفة.
}

plan-money = { $amount } { $currency }

## المسائل العالقة والمصادر

plan-open-questions = لا تزال هذه الأسئلة بحاجة إلى إجابة حتى تكتمل الخطة:
plan-open-none = أُجيب عن جميع الأسئلة الإلزامية.
plan-open-workbook = { $title }:
plan-column-answered = الأسئلة المُجاب عنها
plan-column-required = الأسئلة الإلزامية المُجاب عنها
plan-of = { $done } من { $total }
plan-sources-intro = ممارسات مدن أخرى استرشدت بها هذه الخطة:
plan-example-lesson = الدرس المستفاد:

## الإجابات بالكلمات

plan-yes = نعم
plan-no = لا
plan-scale-out-of = { $value } من { $max }
plan-entries = { $count ->
    [one] إدخال واحد
    [two] إدخالان
    [few] { $count } إدخالات
    [many] { $count } إدخالًا
   *[other] { $count } إدخال
}
plan-other = أخرى: { $text }
plan-lead = { $label }:
plan-lead-sentence = { $label }.

plan-list-comma = {"، "}
plan-list-and = { $first } و{ $last }
plan-list-and-serial = { $first } و{ $last }
plan-list-semicolon = {"؛ "}
plan-list-colon = {": "}

## مصدر كل سطر (--trace)

plan-trace-from = مستمد من: { $questions }.
plan-trace-source = مصدر السطر

## الرسوم البيانية

plan-chart-progress = التقدم حسب المجال
plan-chart-progress-value = { $percent }% ({ $done } من { $total })
plan-chart-stakeholders = الجهات المعنية حسب التأثير والاهتمام
plan-chart-more = +{ $count } أخرى
plan-level-high = مرتفع
plan-level-medium = متوسط
plan-level-low = منخفض
plan-chart-axes = الاهتمام → (التأثير ↑)
plan-chart-axes-unplaced = الاهتمام → (التأثير ↑)؛ { $count } دون تأثير واهتمام محددين، غير معروضة
plan-chart-timeline = الجدول الزمني للإجراءات المؤرخة
plan-chart-more-in-table = +{ $count } أخرى في الجدول
plan-gantt-title = الجدول الزمني للإجراءات
plan-gantt-no-priority = دون أولوية محددة
plan-chart-not-drawn = ({ $chart }: لم يُرسم لعدم وجود خط لتسمياته على هذا الحاسوب.)

## الصفحة والمستند

plan-html-title = خطة عمل { $city }
plan-html-footer = خطة عمل { $city } · { $edition }
plan-page-of = الصفحة { $page } من { $pages }
plan-docx-footer = { $edition } – الصفحة { $page } من { $pages }
plan-style-cover = الغلاف
plan-style-notice = تنبيه
plan-style-table-text = نص الجدول

## الأخطاء (بلغة الواجهة)

plan-error-unknown-workbook = لا توجد كراسة عمل باسم `{ $id }`؛ كراسات العمل المتاحة هي: { $known }
plan-error-template = في قالب الخطة خطأ: { $message } (راجعوه في ضوء docs/plan-template.md)
plan-error-json = تعذّرت كتابة الخطة بصيغة JSON: { $error }
plan-error-docx = تعذّرت كتابة مستند Word: { $error }
plan-error-binary = مستند Word ملف ثنائي وليس نصًا: أنشئوه باستخدام plan::render_bytes
plan-error-template-for-docx = يحدد الخيار --template شكل خطتي markdown وHTML؛ أما مستند Word فيتبع التخطيط المدمج (احذفوا --template)
plan-error-unknown-chart = رسم بياني غير معروف «{ $name }»؛ الرسوم البيانية المتاحة هي: { $charts }
plan-error-indicator-chart = يحتاج chart("indicator", n) إلى ترتيب المؤشر في plan.since_last_round.indicators (loop.index0)
plan-error-unknown-message = لا توجد رسالة باسم «{ $id }» (رسائل الخطة موجودة في locales/en/plan.ftl)
