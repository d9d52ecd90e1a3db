# الوضع النصي: كراسة عمل في أسطر نصية بسيطة، سؤالًا تلو الآخر، لقارئات الشاشة والنصوص البرمجية.
# يُقرأ كل شيء بصوت عالٍ بالترتيب المنطقي: أبقِ الجمل كاملة. تُكتب الأوامر (:back و:keep و:use N)
# والنقطة التي تُنهي الإجابة كما هي في كل اللغات.

plain-help =
    الأوامر (اكتبها بدلًا من الإجابة):
      :back   العودة إلى السؤال السابق
      :skip   ترك هذا السؤال كما هو والمتابعة
      :clear  مسح الإجابة عن هذا السؤال
      :help   عرض هذه المساعدة
      :quit   الحفظ والتوقف (وكذلك Ctrl+C)
      :keep   الإبقاء على الإجابة الحالية: إجابةً لهذه الجولة إن كانت منقولة من الجولة السابقة، وإغلاق ملاحظاتها
      :use N  اعتماد الإجابة التي تحتفظ بها الملاحظة N بدلًا منها
      :import FILE  ملء جدول أو قائمة من جدول بيانات (CSV أو Excel أو OpenDocument): يُذكر أولًا ما يُضاف وما يُستبعد
    السطر الفارغ يُبقي على الإجابة الحالية (وتبقى الإجابة المنقولة من الجولة السابقة في انتظار التأكيد).
    تنتهي الإجابات الطويلة والقوائم بسطر لا يحتوي إلا على نقطة (.).
    تُطلب الجداول صفًا صفًا، وعمودًا عمودًا؛ والنقطة في بداية الصف تُنهي الجدول.
    تُحفظ كل إجابة فور قبولها.
plain-heading = { $title }: { $city }، { $audience ->
    [mayor] لرئيس البلدية
    [official] لمسؤول بلدي
   *[both] لكل الجماهير
}
plain-type-help = اكتب :help لعرض الأوامر.
plain-your-answer = إجابتك:
plain-table-row = الصف { $row }، { $column } (النقطة . تُنهي الجدول):
plain-other-say-what = أخرى: حدِّدها:
plain-yes-words = نعم
plain-no-words = لا
plain-saved = حُفظ.
plain-not-saved = لم يُحفظ: { $reason }. إجاباتك محفوظة في الذاكرة وستُحفظ مع الإجابة التالية.
plain-not-accepted = غير مقبولة: { $reason }. حاول مرة أخرى.
plain-answer-removed = مُسحت الإجابة.
plain-notes-resolved = بُتّ في الملاحظات.
plain-notes-not-resolved = لم يُبتّ في الملاحظات: { $reason }.
plain-not-done = لم يُنفَّذ: { $reason }.
plain-nothing-to-keep = لم يُنفَّذ: لا توجد هنا إجابة يُبقى عليها.
plain-already-this-round = لم يُنفَّذ: هذه الإجابة إجابة هذه الجولة أصلًا وليست لها ملاحظات تُغلق.
plain-no-notes-to-close = لم يُنفَّذ: ليست لهذه الإجابة ملاحظات تُغلق.
plain-kept = أُبقي عليها إجابةً لهذه الجولة.
plain-end = نهاية كراسة العمل.
plain-all-required-answered = أُجيب عن كل الأسئلة الإلزامية.
plain-required-unanswered = { $count ->
    [one] ما زال سؤال إلزامي واحد دون إجابة:
    [two] ما زال سؤالان إلزاميان دون إجابة:
    [few] ما زالت { $count } أسئلة إلزامية دون إجابة:
    [many] ما زال { $count } سؤالًا إلزاميًا دون إجابة:
   *[other] ما زال { $count } سؤال إلزامي دون إجابة:
}

## السؤال

plain-section = القسم { $number } من { $count }: { $title }
plain-question = السؤال { $number } من { $count }{ $follow_up ->
    [yes] {" "}(سؤال متابعة)
   *[no] {""}
}{ $required ->
    [yes] ، إلزامي
   *[no] {""}
}
plain-shared = مشترك مع { $workbook }: إجابة واحدة للكراستين.
plain-guidance = إرشاد: { $text }
plain-current-answer = الإجابة الحالية: { $answer }
plain-stored-needing-attention = إجابة محفوظة تحتاج إلى مراجعة (تبقى كما هي حتى تجيب من جديد): { $answer } ({ $reason })
plain-note = الملاحظة { $number }: { $text }
plain-note-kept = الملاحظة { $number }: { $text } (الإجابة المحفوظة فيها: { $kept })
plain-notes-how = اكتب :keep للإبقاء على الإجابة الحالية وإغلاق الملاحظات، أو :use N لاعتماد الإجابة التي تحتفظ بها الملاحظة N.
plain-carried = منقولة من { $round } ولم تُؤكَّد بعد: اكتب :keep للإبقاء عليها إجابةً لهذه الجولة، أو اكتب إجابة جديدة.
plain-last-round-same = من الجولة السابقة ({ $round }): الإجابة نفسها.
plain-last-round = الجولة السابقة ({ $round }): { $answer }
plain-choices = الخيارات:
plain-choice-other = أخرى (حدِّدها)
plain-columns = الأعمدة: { $columns }
plain-how = { $how }؛ { $empty ->
    [confirm-later] السطر الفارغ يتركها للتأكيد لاحقًا
    [keeps] السطر الفارغ يُبقي على الإجابة الحالية
   *[skips] السطر الفارغ يتخطى السؤال
}. الأوامر: { $commands }
plain-how-short-text = اكتب سطرًا واحدًا
plain-how-long-text = اكتب إجابتك؛ وأنهِها بسطر لا يحتوي إلا على نقطة (.)
plain-how-single-choice = اكتب رقم خيار واحد
plain-how-multi-choice = اكتب أرقام خياراتك مفصولة بفواصل
plain-how-yes-no = اكتب نعم أو لا
plain-how-scale = اكتب عددًا صحيحًا من { $min } إلى { $max }
plain-how-date = اكتب تاريخًا بالصيغة YYYY-MM-DD (السنة-الشهر-اليوم)
plain-how-list = اكتب عنصرًا في كل سطر؛ وأنهِ بسطر لا يحتوي إلا على نقطة (.)
plain-how-table = يُطلب كل صف عمودًا عمودًا؛ اكتب نقطة (.) في بداية صف للإنهاء
plain-how-number = اكتب { $whole ->
    [yes] عددًا صحيحًا
   *[no] عددًا ({ $format ->
        [comma] بفاصلة عشرية: 1234,5
       *[point] بنقطة عشرية: 1234.5
    })
}{ $range ->
    [between] {" "}من { $min } إلى { $max }
    [at-least] {" "}لا يقل عن { $min }
    [at-most] {" "}لا يزيد على { $max }
   *[any] {""}
}
plain-with-unit = { $hint } ({ $unit })

## الإجابة، والمغادرة

plain-row = الصف { $number }: { $cells }
plain-cell = { $column }: { $value }
plain-cell-separator = {"؛ "}
plain-leaving-saved = حُفظت { $city }: { $count ->
    [0] لم تتغيّر أي إجابة
    [one] تغيّرت إجابة واحدة
    [two] تغيّرت إجابتان
    [few] تغيّرت { $count } إجابات
   *[other] تغيّرت { $count } إجابة
} هذه المرة. للمتابعة: { $command }
plain-leaving-not-saved = لم تُحفظ { $city }: { $reason }؛ ضاعت الإجابات المقدَّمة منذ آخر حفظ. للمتابعة: { $command }
plain-import-command = :import FILE
plain-import-not-here = لا يُملأ من جدول بيانات إلا سؤال على شكل جدول أو قائمة.
plain-import-give-path = اذكروا الملف بعد ‎:import، مثل ‎:import partners.xlsx
plain-import-read = { $file }: عدد الصفوف المقروءة { $rows }، يمكن استيراد { $accepted }، واستُبعد { $rejected }.
plain-import-more-left-out = … وصفوف أخرى مستبعدة: { $count }.
plain-import-ignored = أعمدة غير مستخدمة: { $headers }
plain-import-nothing = لا يمكن استيراد أي صف من هذه الورقة؛ لم تتغيّر الإجابة.
plain-import-ask-mode = في الإجابة صفوف عددها { $stored }؛ صفوف الملف تضيف { $added } وتحدّث { $updated }. اكتبوا m لإضافتها، أو r لاستبدال صفوف الإجابة بصفوف الملف، أو سطرًا فارغًا لترك الإجابة كما هي.
plain-import-ask = هل تُستورد هذه الصفوف ({ $count }) إجابةً؟ اكتبوا نعم، أو سطرًا فارغًا لتركها كما هي.
plain-import-cancelled = لم يُستورد شيء.
plain-import-done = عدد صفوف الإجابة الآن: { $count }.
