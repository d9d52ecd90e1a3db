# الواجهة الموجَّهة: الشاشات والمفاتيح والرسائل.
# تبقى أسماء المفاتيح (Enter وEsc وTab وSpace وF1 وCtrl+…) والحروف التي هي مفاتيح
# (a وd وe وl وm وn وo وv وy…) كما هي: المفتاح لا يتغير بتغير اللغة.
# الأرقام بعد التسمية ("المتبقية: 14") تغني عن صيغ الجمع حيث يضيق السطر.

tui-quit-not-saved = لم يُحفظ: أصلحوا المشكلة المعروضة ثم اخرجوا مجددًا، أو اخرجوا مجددًا للمغادرة دون حفظ

## الإطار: الترويسة واللافتات.
tui-window-too-small = كبّروا النافذة: يلزم { $min } على الأقل (الحجم الحالي { $now }).
tui-demo-banner = عرض تجريبي: مدينة خيالية للتدريب (workbook demo --reset يعيد البدء من جديد)
tui-read-only = للقراءة فقط: نافذة أخرى تعدّل هذه المدينة
tui-header-all-questions = كل الأسئلة
tui-header-read-only = للقراءة فقط
tui-header-saved = محفوظ
tui-header-unsaved = تغييرات غير محفوظة
tui-header-not-saved = لم يُحفظ (إعادة المحاولة)

## الرسائل أسفل الشاشة.
tui-can-edit-now = يمكنكم الآن تعديل هذه المدينة
tui-save-failed = لم يُحفظ: { $error }. إجاباتكم محفوظة في الذاكرة وستُعاد محاولة الحفظ.
tui-lock-freed = أغلقت النافذة الأخرى هذه المدينة: اضغطوا F2 لتعديلها هنا
tui-still-locked = ما زالت نافذة أخرى تفتح هذه المدينة؛ يمكن تعديلها هنا حين تُغلق تلك النافذة
tui-kept-draft = حُفظت مسودةً (غير صالحة بعد): { $problem }
tui-notes-resolved = عولجت الملاحظات
tui-nothing-carried = لا توجد هنا إجابة منقولة من الجولة السابقة لإبقائها
tui-kept-this-round = أُبقيت إجابةً لهذه الجولة
tui-showing-all = تُعرض كل الأسئلة
tui-showing-for = { $role ->
    [mayor] { $track ->
        [core] تُعرض أسئلة رئيس البلدية في المسار الأساسي
       *[full] تُعرض أسئلة رئيس البلدية
    }
   *[official] { $track ->
        [core] تُعرض أسئلة موظفي البلدية في المسار الأساسي
       *[full] تُعرض أسئلة موظفي البلدية
    }
}
tui-english-only = كراسات العمل متاحة بالإنجليزية فقط
tui-language-now = { $language } (l: اللغة التالية)
tui-theme-projector = ألوان جهاز العرض: تباين عالٍ (v: العودة إلى الألوان العادية)
tui-theme-normal = الألوان العادية (v: جهاز العرض)
tui-now-core = { $count ->
    [one] المسار الأساسي الآن: سؤال واحد؛ إجاباتكم الأخرى محفوظة
    [two] المسار الأساسي الآن: سؤالان؛ إجاباتكم الأخرى محفوظة
    [few] المسار الأساسي الآن: { $count } أسئلة؛ إجاباتكم الأخرى محفوظة
    [many] المسار الأساسي الآن: { $count } سؤالًا؛ إجاباتكم الأخرى محفوظة
   *[other] المسار الأساسي الآن: { $count } سؤال؛ إجاباتكم الأخرى محفوظة
}
tui-now-full = كراسات العمل الكاملة الآن
tui-end-of-workbook = نهاية كراسة العمل: هذه كل الإجابات
tui-required-all-answered = أُجيب عن كل الأسئلة الإلزامية المعروضة
tui-workbook-empty = لا تحتوي كراسة العمل هذه على أسئلة
tui-open-city-first = افتحوا مدينة أولًا

## قبل تشغيل الواجهة وبعده.
tui-error-terminal = تعذّر استخدام الطرفية
tui-error-signals = تعذّرت مراقبة الإشارات
tui-farewell-saved = حُفظت { $city }. للمتابعة: { $command }
tui-farewell-read-only = أُغلقت { $city } (للقراءة فقط؛ لم يُغيَّر شيء هنا). للمتابعة: { $command }
tui-plan-written = كُتبت { $edition } في { $path }
tui-plan-not-written = لم تُكتب الخطة: { $error }
tui-demo-failed = تعذّر فتح المدينة التجريبية: { $error }
tui-cannot-edit-yet = لا يمكن التعديل هنا بعد: { $error }

## أسماء دور المدينة ومسارها ونسخ الخطة، ونعم ولا.
tui-role-mayor = رئيس البلدية
tui-role-official = موظف بلدي
tui-track-full = كراسات العمل الكاملة
tui-track-core = المسار الأساسي
tui-edition-public = النسخة العامة
tui-edition-council = نسخة المجلس البلدي
tui-edition-restricted = النسخة المقيّدة
tui-yes = نعم
tui-no = لا

## الشاشة الرئيسية: كراسات عمل المدينة.
tui-home-continue-where = المتابعة من حيث توقفتم: { $workbook }
tui-home-continue = المتابعة: { $workbook }
tui-home-start = البدء بكراسة العمل الأولى
tui-home-required-open = إلزامية متبقية: { $count }
tui-home-required-done = أُنجزت الإلزامية
tui-home-edited = عُدّلت في { $when }
tui-home-not-started = لم تبدأ

## شاشة السؤال.
tui-unclear = الإجابة المحفوظة `{ $answer }` باقية كما هي: { $why }. أجيبوا من جديد لاستبدالها.
tui-no-round-yet = لم تُغلق أي جولة بعد: كل الإجابات تخص هذه الجولة
tui-kept-last-dropped = أُبقيت إجابة الجولة السابقة ({ $round })؛ وحُذف ما كتبتموه هنا
tui-last-round-empty = لم يكن للجولة السابقة ({ $round }) إجابة هنا: لا شيء لإبقائه
tui-already-kept = أُبقيت من قبل: هذه إجابة الجولة السابقة ({ $round })
tui-changed-this-round = عُدّلت في هذه الجولة؛ أعيدوا إدخال إجابة { $round } للرجوع إليها
tui-no-answer-this-round = لا إجابة في هذه الجولة؛ أعيدوا إدخال إجابة { $round } لإبقائها
tui-no-note = لا توجد ملاحظات على هذه الإجابة لمعالجتها
tui-resolve-keep = إبقاء الإجابة الحالية وإغلاق الملاحظات
tui-resolve-use = استخدام الإجابة المحفوظة بدلًا منها: { $answer }
tui-resolve-title = معالجة الملاحظات (Enter: اختيار، Esc: ليس الآن)
tui-question-id = معرّف السؤال: { $id } — workbook answer set --city { $city } { $id } VALUE
tui-question-id-city = NAME
tui-note-kept = { $note } (المحفوظة: { $answer })
tui-note-kept-on = { $note } (المحفوظة: { $answer }، { $date })
## موقع المستخدم، فوق السؤال.
tui-q-position = السؤال { $number } من { $total }
tui-q-position-short = س { $number }/{ $total }
tui-q-follow-up = سؤال متابعة
tui-q-section = القسم { $number }/{ $count }
tui-q-section-titled = القسم { $number }/{ $count }: { $title }
tui-q-required = إلزامي
tui-q-shared = مشترك مع { $workbook }: إجابة واحدة للكراستين
tui-q-not-applicable = لا ينطبق (بحسب الإجابات السابقة)
tui-q-notes = { $count ->
    [one] على هذه الإجابة ملاحظة واحدة للتحقق (F3 لمعالجتها):
    [two] على هذه الإجابة ملاحظتان للتحقق (F3 لمعالجتهما):
    [few] على هذه الإجابة { $count } ملاحظات للتحقق (F3 لمعالجتها):
   *[other] على هذه الإجابة { $count } ملاحظة للتحقق (F3 لمعالجتها):
}
## طريقة الإجابة، على إطار حقل الإدخال.
tui-hint-short-text = سطر واحد
tui-hint-long-text = نص · Enter: سطر جديد
tui-hint-single-choice = اختيار واحد · Space
tui-hint-multi-choice = اختيار متعدد · Space
tui-hint-yes-no = y / n
tui-hint-scale = ← → أو رقم
tui-hint-integer = عدد صحيح (مثلًا 1234)
tui-hint-integer-unit = عدد صحيح ({ $unit }، مثلًا 1234)
tui-hint-number = عدد ({ $format })
tui-hint-number-unit = عدد ({ $unit }، { $format })
tui-number-point = فاصلة عشرية بالنقطة: 1234.5
tui-number-comma = فاصلة عشرية بالفاصلة: 1234,5
tui-hint-date = تاريخ YYYY-MM-DD
tui-hint-list = قائمة · a إضافة · Enter تعديل · d حذف · i استيراد جدول بيانات
tui-hint-table = جدول · a إضافة صف · Enter تعديل أو اختيار · i استيراد جدول بيانات
## الإرشادات أو مثال من مدينة، تحت حقل الإدخال.
tui-guidance-title = إرشادات
tui-guidance-title-example = إرشادات (F4: مثال من مدينة)
tui-example-title = مثال (F4: الإرشادات)
tui-example-none = لا يوجد مثال من مدينة لهذا السؤال.
tui-example-source = المصدر: { $source }

## الجولات: إجابات الجولة السابقة بجانب إجابات هذه الجولة.
tui-needs-attention = تحتاج إلى مراجعة: `{ $answer }` باقية كما هي
tui-round-carried = منقولة من { $round }: أبقوها ({ $key }) أو عدّلوها
tui-round-kept = أُبقيت من الجولة السابقة ({ $round }): الإجابة نفسها
tui-round-last = الجولة السابقة ({ $round }):
tui-tally-since = منذ { $round }:
tui-tally-to-confirm = للتأكيد: { $count }
tui-tally-none = لا إجابات
tui-tally-all-confirmed = أُكّدت كلها
tui-tally-kept = أُبقيت: { $count }
tui-tally-changed = عُدّلت: { $count }
tui-tally-new = جديدة: { $count }
tui-tally-cleared = مُسحت: { $count }
tui-filter-all = كل الإجابات
tui-filter-to-confirm = للتأكيد
tui-filter-changed = عُدّلت منذ { $round }

## المراجعة: كل إجابات كراسة عمل.
tui-review-head = المراجعة{ $filter }: { $workbook } · أُجيب عن { $answered }/{ $total } · إلزامية متبقية: { $open }
tui-review-nothing-to-confirm = لا شيء للتأكيد: لا توجد إجابة منقولة من { $round } بانتظار التأكيد.
tui-review-nothing-changed = لم يتغير شيء منذ { $round }.
tui-review-required = إلزامي
tui-review-kept-not-applicable = { $answer } (محفوظة؛ لا تنطبق)
tui-review-not-applicable = لا ينطبق
tui-review-draft-only = مسودة فقط: ليست إجابة صالحة بعد
tui-review-not-answered = بلا إجابة
tui-review-to-confirm = منقولة من { $round }، للتأكيد:
tui-review-changed = عُدّلت:
tui-review-before = { $round }: { $answer }
tui-review-filter-count = { $filter }: { $count }

## الفهرس: كل أقسام كراسة العمل وأسئلتها.
tui-outline-title = فهرس { $workbook }
tui-outline-none-applies = لا ينطبق أي سؤال من هذا القسم حتى الآن
tui-outline-not-applicable = لا ينطبق
tui-outline-legend = ✓ مُجاب   ! إلزامي بلا إجابة   · بلا إجابة
tui-outline-legend-short = ✓ مُجاب  ! إلزامي  · متبقٍّ
tui-outline-legend-round = ✓ مُجاب  ↻ منقول من { $round } للتأكيد  ! إلزامي بلا إجابة  · بلا إجابة
tui-outline-legend-round-short = ✓ مُجاب  ↻ للتأكيد  ! إلزامي  · متبقٍّ
tui-outline-legend-round-shortest = ✓ تم ↻ للتأكيد ! إلزامي · متبقٍّ
## البحث.
tui-search-label = بحث:
tui-search-placeholder = اكتبوا للبحث
tui-search-empty = اكتبوا كلمات من سؤال أو من إرشاداته أو من إجابة.
tui-search-nothing = لم يُعثر على شيء.
tui-search-in-question = السؤال
tui-search-in-guidance = الإرشادات
tui-search-in-answer = الإجابة

## اختيار المدينة أو إنشاؤها.
tui-city-which = على أي مدينة تعملون؟
tui-city-demo = تجربة المدينة التجريبية (خيالية، للتدريب)
tui-city-new = مدينة جديدة
tui-city-new-title = مدينة جديدة
tui-city-intro-first = تُحفظ الإجابات لكل مدينة على حدة. Esc: تجربة المدينة التجريبية بدلًا من ذلك.
tui-city-intro = تُحفظ الإجابات لكل مدينة على حدة. يحدد دوركم الأسئلة المعروضة.
tui-city-field-name = اسم المدينة
tui-city-field-country = البلد
tui-city-field-role = دوركم
tui-city-field-numbers = الأرقام
tui-city-name-placeholder = مثلًا Riverton
tui-city-country-placeholder = اختياري
tui-city-role-mayor = رئيس البلدية
tui-city-role-official = موظف بلدي
tui-city-role-hint = Space أو ←→ لتغيير الدور (m: رئيس البلدية، o: موظف بلدي)
tui-city-numbers-hint = Space أو ←→ لتغيير طريقة كتابة الأرقام
tui-city-form-keys = Tab: الحقل التالي · Space أو ←→: الدور/الأرقام · Enter: إنشاء · Esc: رجوع
tui-city-name-missing = اكتبوا اسم المدينة أولًا

## معاينة خطة العمل، وكتابتها في ملف.
tui-plan-head-public = معاينة الخطة: النسخة العامة، صالحة للنشر (e: النسخة)
tui-plan-head-council = معاينة الخطة: نسخة المجلس البلدي، ليست للنشر (e: النسخة)
tui-plan-head-restricted = معاينة الخطة: النسخة المقيّدة، فيها بيانات شخصية (e: النسخة)
tui-plan-write-public = كتابة النسخة العامة بصيغة
tui-plan-write-council = كتابة نسخة المجلس البلدي بصيغة
tui-plan-write-restricted = كتابة النسخة المقيّدة بصيغة
tui-plan-format-markdown = Markdown، لتحريرها نصًّا
tui-plan-format-html = HTML، للمتصفح وللطباعة
tui-plan-format-docx = Word، لإكمالها في معالج نصوص
tui-plan-format-file = { $format }: { $file }
tui-plan-replace-title = استبدال الملف؟
tui-plan-file-exists = الملف { $file } موجود في هذا المجلد.
tui-plan-replace-keys = y: استبداله   n أو Esc: الإبقاء عليه
tui-plan-file-kept = أُبقي الملف كما هو

## حقول الإجابة.
# يُكتب التاريخ بالأرقام اللاتينية من اليسار إلى اليمين (2027-03-31)، فيبقى رمزه لاتينيًا.
tui-date-placeholder = YYYY-MM-DD
tui-choice-other = غير ذلك:
tui-choice-other-placeholder = حدّدوا
tui-list-item = عنصر
tui-list-empty = لا توجد عناصر بعد ({ $item }). اضغطوا a للإضافة.
tui-scale-none = لم تُختر أي درجة بعد
tui-table-leave-empty = (ترك الخانة فارغة)
tui-table-empty = لا توجد صفوف بعد. اضغطوا a للإضافة.
tui-table-hint-typing = Enter للتأكيد · Esc للإلغاء
tui-table-hint-pick = Enter: الاختيار من القائمة
tui-table-hint-edit = Enter: تعديل
tui-table-cell = { $column } · الصف { $row }

## المساعدة (F1).
tui-help-editing = تحرير النص
tui-help-editing-same = (هي نفسها في كل الحقول)
tui-help-mouse = الفأرة
tui-help-mouse-does = حدّدوا نصًّا لنسخه (رابطًا أو إجابة)؛ النقر وعجلة الفأرة لا يفعلان شيئًا هنا
tui-help-title-scroll = المفاتيح (↑↓ للتمرير، Esc للإغلاق)
tui-help-title = المفاتيح (Esc للإغلاق)
## عدد الأسطر المخفية فوق أو تحت (بعد سهم).
tui-more-above = ↑ المزيد: { $count }
tui-more-below = ↓ المزيد: { $count }
tui-more-both = ↑ المزيد: { $above } · ↓ المزيد: { $below }

## ما تفعله مفاتيح التحرير، في مساعدة حقل نصي.
tui-edit-line-start = بداية السطر
tui-edit-line-end = نهاية السطر
tui-edit-word-back = كلمة إلى الخلف
tui-edit-word-forward = كلمة إلى الأمام
tui-edit-delete-to-start = الحذف حتى بداية السطر
tui-edit-delete-to-end = الحذف حتى نهاية السطر
tui-edit-delete-word-before = حذف الكلمة التي قبل المؤشر
tui-edit-delete-word-after = حذف الكلمة التي بعد المؤشر
tui-edit-delete-char = حذف الحرف الذي تحت المؤشر

## أسفل الشاشة: كلمة أو كلمتان لكل مفتاح (باختصار).
tui-footer-create = إنشاء
tui-footer-write = كتابة
tui-footer-edit = تعديل
tui-footer-done = تم
tui-footer-open = فتح
tui-footer-quit = خروج
tui-footer-help = مساعدة
tui-footer-back = رجوع
tui-footer-next = التالي
tui-footer-previous = السابق
tui-footer-outline = الفهرس
tui-footer-review = مراجعة
tui-footer-plan = الخطة
tui-footer-write-file = كتابة ملف
tui-footer-edition = النسخة
tui-footer-yes = نعم
tui-footer-no = لا
tui-footer-continue = متابعة
tui-footer-track = المسار
tui-footer-projector = العرض
tui-footer-language = اللغة
tui-footer-add = إضافة
tui-footer-delete = حذف
tui-footer-pick = اختيار
tui-footer-move-up = للأعلى
tui-footer-move-down = للأسفل
tui-footer-move = نقل
tui-footer-keep = إبقاء
tui-footer-filter = تصفية
tui-footer-import = استيراد
tui-footer-read = قراءة
tui-footer-complete = إكمال
tui-footer-merge = إضافة
tui-footer-replace = استبدال

## المساعدة: ما يفعله كل مفتاح.
tui-key-quit = الحفظ والخروج
tui-key-take-edit = التعديل هنا بعد أن تغلق النافذة الأخرى هذه المدينة
tui-key-resolve = معالجة الملاحظات على هذه الإجابة
tui-key-show-id = عرض معرّف السؤال، للأمر `answer set` وللبرمجيات النصية
tui-key-keep-last = إبقاء إجابة الجولة السابقة دون تغيير إجابةً لهذه الجولة
tui-key-help = المساعدة: كل المفاتيح
tui-key-back = رجوع / إغلاق
tui-key-next-short = السؤال التالي (إجابة قصيرة)
tui-key-next = السؤال التالي
tui-key-prev = السؤال السابق
tui-key-outline-jump = الفهرس: الانتقال إلى أي قسم أو سؤال
tui-key-outline = فهرس كراسة العمل
tui-key-next-required = الانتقال إلى السؤال الإلزامي التالي بلا إجابة
tui-key-search = البحث في الأسئلة والإرشادات والإجابات
tui-key-review-all = مراجعة كل إجابات كراسة العمل هذه
tui-key-review = مراجعة كراسة العمل المحددة
tui-key-plan = معاينة خطة العمل
tui-key-filter = عرض كل الإجابات، أو ما بقي منها للتأكيد في هذه الجولة، أو ما عُدّل منذ الجولة السابقة
tui-key-write-plan = كتابة الخطة في ملف: Markdown أو HTML أو Word
tui-key-edition = عرض النسخة العامة أو نسخة المجلس البلدي أو النسخة المقيّدة
tui-key-yes-replace = نعم، استبدال الملف
tui-key-no-keep = لا، الإبقاء على الملف
tui-key-audience = عرض كل الأسئلة / أسئلة دوركم فقط
tui-key-example = إظهار مثال من مدينة أو إخفاؤه
tui-key-save = الحفظ الآن
tui-key-track = التبديل بين المسار الأساسي وكراسات العمل الكاملة
tui-key-theme = ألوان جهاز العرض (تباين عالٍ) / الألوان العادية
tui-key-language = لغة الواجهة وكراسات العمل: English، français، español، العربية
tui-key-continue = المتابعة من حيث توقفتم
tui-key-new-city = إنشاء مدينة جديدة
tui-key-demo = تجربة المدينة التجريبية: خيالية، للتدريب
tui-key-scroll-up = تمرير الإرشادات إلى الأعلى
tui-key-scroll-down = تمرير الإرشادات إلى الأسفل
tui-key-select = فتح / تعديل / تأكيد
tui-key-toggle = اختيار / إلغاء الاختيار
tui-key-toggle-cell = تعديل خانة، أو فتح قائمة خانة اختيار
tui-key-add = إضافة عنصر أو صف
tui-key-delete = حذف العنصر أو الصف
tui-key-clear = مسح الإجابة
tui-key-move-item-up = نقل العنصر أو الصف إلى الأعلى
tui-key-move-item-down = نقل العنصر أو الصف إلى الأسفل
tui-key-next-field = الحقل / الخانة التالية
tui-key-prev-field = الحقل / الخانة السابقة
tui-key-up = إلى الأعلى
tui-key-down = إلى الأسفل
tui-key-left = إلى اليسار / درجة أدنى
tui-key-right = إلى اليمين / درجة أعلى
tui-key-page-up = الصفحة السابقة
tui-key-page-down = الصفحة التالية
tui-key-first = العنصر الأول
tui-key-last = العنصر الأخير
tui-key-import = ملء الجدول أو القائمة من جدول بيانات (CSV أو Excel أو OpenDocument)
tui-key-complete = إكمال اسم الملف أو المجلد
tui-key-import-read = قراءة الملف وعرض ما سيغيّره
tui-key-import-save = حفظ: تأخذ الإجابة الصفوف المعروضة
tui-key-import-merge = إضافة الصفوف إلى ما في الإجابة من صفوف
tui-key-import-replace = استبدال صفوف الإجابة بصفوف الملف
tui-key-import-next-sheet = قراءة الورقة التالية من المصنّف
## استيراد جدول بيانات إلى إجابة على شكل جدول أو قائمة (i على السؤال).
tui-import-title = استيراد من جدول بيانات
tui-import-path-prompt = الملف المراد استيراده (CSV أو Excel أو OpenDocument)، انطلاقًا من { $folder }:
tui-import-path-placeholder = مسار الملف؛ Tab يُكمله
tui-import-path-empty = اكتبوا مسار الملف المراد استيراده، ثم Enter.
tui-import-no-match = لا شيء في هذا المجلد يبدأ بهذا: تُعرض المجلدات وجداول البيانات فقط.
tui-import-more = … و{ $count } غيرها
tui-import-cancelled = لم يُستورد شيء.
tui-import-sheet = { $file }، الورقة { $sheet }
tui-import-sheet-of = { $file }، الورقة { $sheet } ({ $number } من { $count }؛ Tab يقرأ التالية)
tui-import-read = { $rows ->
    [one] قُرئ صف واحد: يمكن استيراد { $accepted }، واستُبعد { $rejected }.
    [two] قُرئ صفان: يمكن استيراد { $accepted }، واستُبعد { $rejected }.
    [few] قُرئت { $rows } صفوف: يمكن استيراد { $accepted }، واستُبعد { $rejected }.
    [many] قُرئ { $rows } صفًا: يمكن استيراد { $accepted }، واستُبعد { $rejected }.
   *[other] قُرئ { $rows } صف: يمكن استيراد { $accepted }، واستُبعد { $rejected }.
}
tui-import-empty-answer = الإجابة فارغة: تصبح هذه الصفوف صفوفها. Enter يحفظ.
tui-import-unclear = تعذّرت قراءة الإجابة المحفوظة: الاستيراد يستبدلها. Enter يحفظ.
tui-import-merge-chosen = تُضاف إلى صفوف الإجابة ({ $stored }): { $added } جديدة، { $updated } محدّثة، { $unchanged } دون تغيير. Enter يحفظ؛ r يستبدلها بدلًا من ذلك.
tui-import-replace-chosen = تُستبدل صفوف الإجابة ({ $stored }) بهذه الصفوف ({ $count }). Enter يحفظ؛ m يضيفها بدلًا من ذلك.
tui-import-nothing-stored = الإجابة فارغة: تُضاف الصفوف فحسب.
tui-import-ignored = أعمدة غير مستخدمة: { $headers }
tui-import-new-rows = { $count ->
    [one] صف جديد واحد
    [two] صفان جديدان
    [few] { $count } صفوف جديدة
    [many] { $count } صفًا جديدًا
   *[other] { $count } صف جديد
}
tui-import-rows-after = { $count ->
    [one] صف الإجابة بعد الاستيراد
   *[other] صفوف الإجابة بعد الاستيراد ({ $count })
}
tui-import-updated-rows = { $count ->
    [one] صف واحد محدّث
    [two] صفان محدّثان
    [few] { $count } صفوف محدّثة
    [many] { $count } صفًا محدّثًا
   *[other] { $count } صف محدّث
}
tui-import-left-out = { $count ->
    [one] صف واحد مستبعد
    [two] صفان مستبعدان
    [few] { $count } صفوف مستبعدة
    [many] { $count } صفًا مستبعدًا
   *[other] { $count } صف مستبعد
}
tui-import-nothing = لا يمكن استيراد أيّ صف من هذه الورقة: انظروا السبب أدناه، أو Esc لاختيار ملف آخر.
tui-import-merged = استُورد من { $file }: صفوف جديدة: { $added }، ومحدّثة: { $updated }.
tui-import-replaced = استُورد من { $file } عدد الصفوف: { $count }.
tui-import-no-matching-column = لا يطابق أيّ عمود في { $sheet } أعمدةَ هذا السؤال ({ $expected }). سمّوا العناوين بأسمائها، بأيّ لغة من لغات البرنامج، أو اقرؤوا ورقة أو ملفًا آخر.
tui-import-list-column = في { $sheet } عدة أعمدة ({ $headers }) ولا يحمل أيّ منها اسم هذه القائمة: سمّوا العمود الذي يحتوي العناصر باسم السؤال، أو اقرؤوا ورقة أو ملفًا آخر.
tui-import-same-column-twice = { $sheet }: العمودان { $first } و{ $second } يملآن كلاهما { $column }؛ احذفوا أحدهما من الورقة ثم اقرؤوها من جديد.
tui-import-unchanged = لا شيء يتغيّر: الإجابة تحتوي كل صفوف { $file }.
tui-import-cell = { $column }: { $value }
