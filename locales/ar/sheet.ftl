sheet-quoted = «{ $text }»

sheet-yes = نعم
sheet-no = لا

sheet-unreadable = تعذّرت قراءة { $file }: { $reason }
sheet-empty = الملف { $file } فارغ.
sheet-not-a-spreadsheet = الملف { $file } ليس جدول بيانات: قدّموا ملف CSV، أو مصنّف Excel (.xlsx أو .xls) أو OpenDocument (.ods).
sheet-encrypted = الملف { $file } محميّ بكلمة مرور: افتحوه في برنامج جداول البيانات، واحفظوا نسخة منه دون كلمة مرور، ثم استوردوا تلك النسخة.
sheet-damaged = تعذّرت قراءة الملف { $file } كجدول بيانات ({ $reason })؛ افتحوه في برنامج جداول البيانات واحفظوه من جديد.
sheet-no-such-sheet = لا توجد في الملف { $file } ورقة باسم { $sheet }؛ أوراقه هي: { $sheets }
sheet-no-sheets = لا توجد في الملف { $file } أي ورقة يمكن قراءتها.
sheet-no-rows = الورقة { $sheet } فارغة: يحمل صفّها الأول أسماء الأعمدة، وكل صف بعده إدخال واحد.
sheet-merged-header = { $sheet }: في صف العناوين خلايا مدمجة ({ $cells })؛ ألغوا دمجها ليكون لكل عمود عنوانه الخاص.
sheet-too-many-rows = تتجاوز الورقة { $sheet } حدّ { $limit } صف، وهو أكثر مما تتسع له إجابة واحدة؛ قسّموها إلى ملفات أصغر.

sheet-no-matching-column = لا يطابق أيّ عمود في { $sheet } أعمدةَ هذا السؤال ({ $expected }). سمّوا العناوين بأسماء هذه الأعمدة، بأيّ لغة من لغات البرنامج، أو حدّدوا المطابقة: --map "{ $example }"
sheet-same-column-twice = { $sheet }: العمودان { $first } و{ $second } يملآن كلاهما { $column }؛ احذفوا أحدهما، أو حدّدوا أيّهما يُستخدم عبر --map.
sheet-list-column = في { $sheet } عدة أعمدة ({ $headers }) وليس أيّ منها باسم هذه القائمة؛ حدّدوا العمود الذي يضمّ العناصر: --map "{ $example }"
sheet-map-bad-entry = --map: المدخل { $entry } ليس على صيغة العنوان=العمود؛ افصلوا بين المدخلات بفواصل، واكتبوا \, أو \= للدلالة على فاصلة أو علامة مساواة داخل العنوان.
sheet-map-no-header = --map: لا يوجد في الورقة عمود بعنوان { $header }؛ عناوينها هي: { $headers }
sheet-map-no-column = --map: { $column } ليس عمودًا من أعمدة هذا السؤال؛ أعمدته هي: { $columns }
sheet-not-a-table = يملأ جدول البيانات أسئلة الجداول والقوائم فقط؛ وهذا السؤال من نوع { $kind }.
sheet-write-failed = تعذّرت كتابة جدول البيانات: { $reason }

sheet-cell-error = تحتوي الخلية على الخطأ { $error }
sheet-not-a-choice = «{ $value }» ليست من الخيارات: { $choices }
sheet-rejected-cell = { $sheet }، الصف { $row }، العمود { $column }: { $reason }
sheet-rejected-row = { $sheet }، الصف { $row }: { $reason }
sheet-more-rejected = … وغيرها: { $count }.

sheet-import-done = { $city }، { $key }: صفوف مضافة: { $added }، وصفوف محدَّثة: { $updated }، وصفوف دون تغيير: { $unchanged }.
sheet-import-replaced = { $city }، { $key }: أصبحت الإجابة صفوفَ الورقة (عددها { $count }).
sheet-import-unchanged = { $city }، { $key }: لم يتغيّر شيء؛ فالإجابة تضمّ هذه الصفوف من قبل.
sheet-import-rejected = لم يُستورد أي شيء: عدد الصفوف المرفوضة { $count } (انظروا أعلاه). صحّحوها ثم استوردوا من جديد، أو أضيفوا --partial لاستيراد الصفوف الصالحة وحدها ({ $accepted }).
sheet-import-partial = رُفضت صفوف عددها { $count } واستُبعدت (--partial).
sheet-nothing-to-import = لا توجد في { $sheet } صفوف يمكن استيرادها تحت صف العناوين.
sheet-ignored-columns = أعمدة لم تُستورد (لا تطابق أيّ عمود في السؤال): { $headers }
sheet-ask-mode = للسؤال { $key } إجابة مسجّلة من قبل لمدينة { $city } (عدد الصفوف: { $count }). اكتبوا m لدمج صفوف الورقة فيها، أو r لاستبدالها، أو اضغطوا Enter للإلغاء:{" "}
sheet-choose-mode = للسؤال { $key } إجابة مسجّلة من قبل لمدينة { $city }: أضيفوا --merge لإضافة صفوف الورقة إليها (الصف الذي يطابق عمودُه الأول صفًا مسجّلًا يحدّثه)، أو --replace لاستبدالها.
sheet-not-imported = لم يُستورد أي شيء.
sheet-stored-unclear = الإجابة المسجّلة للسؤال { $key } غير مفهومة، لذا لا يمكن دمج الورقة فيها؛ أضيفوا --replace لاستبدالها.

sheet-exported = { $key }: كُتبت الصفوف ({ $count }) في { $file }.
sheet-export-no-answer = لا توجد بعدُ لمدينة { $city } إجابة عن { $key }: لا شيء للتصدير.
sheet-export-format = { $file }: اكتبوا في ملف ينتهي بـ .csv أو .xlsx.
sheet-export-needs-output = تصدير إجابة واحدة يُنتج جدول بيانات: حدّدوا -o FILE.csv أو -o FILE.xlsx.

sheet-book-answers = الإجابات
sheet-book-workbook = دفتر العمل
sheet-book-question = السؤال
sheet-book-answer = الإجابة
sheet-edition-public = النسخة العامة
sheet-edition-council = نسخة المجلس البلدي
sheet-edition-restricted = النسخة المقيّدة
sheet-book-exported = كُتب الملف { $file } لمدينة { $city } ({ $edition }): جداول في أوراق مستقلة: { $tables }، { $answers ->
    [0] ولا إجابات أخرى.
   *[other] وإجابات أخرى في الورقة { $sheet }: { $answers }.
}
sheet-book-needs-output = يُكتب مصنّف xlsx في ملف: حدّدوا -o FILE.xlsx.
sheet-book-edition-needs-xlsx = يحدّد الخيار --edition ما يعرضه تصدير xlsx: أضيفوا --format xlsx.
