team-no-git = يحتاج هذا الأمر إلى برنامج git، وهو غير مثبّت على هذا الجهاز. ثبّتوا git (مثلًا `apt install git` أو `brew install git` أو https://git-scm.com/downloads) ثم أعيدوا المحاولة.
team-git-failed = فشل `{ $command }`: { $detail }
team-not-a-repository = مجلد البيانات { $dir } غير مشترك بعد: شغّلوا `workbook team init` (وأضيفوا `--remote URL` لمزامنته مع مستودع مشترك).
team-no-identity = يحتاج git إلى اسمكم وبريدكم الإلكتروني ليسجّل من غيّر ماذا. حدّدوهما مرة واحدة:
    git config --global user.name "الاسم"
    git config --global user.email "you@example.org"
team-cannot-write = تعذّرت كتابة { $path }: { $detail }
team-pull-conflict = تعذّر دمج تغييرات أحد الزملاء مع تغييراتكم، لذلك لم يُغيَّر شيء وعملكم محفوظ هنا. الملفات التي لم يستطع git دمجها: { $files }. راجعوا الشخص الذي غيّرها، أو اقرؤوا قسم "العمل كفريق" في ملف README.
team-first-commit = مشاركة مدن مجلد البيانات هذا

team-message-new = { $city }: مدينة جديدة
team-message-deleted = { $city }: حُذفت المدينة
team-message-details = { $city }: بيانات المدينة
team-message-answers = { $city }: { $count ->
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
   *[other] { $count } إجابة
} ({ $answers }{ $more ->
    [0] {""}
   *[other] ، و{ $more } غيرها
})
team-message-subject = { $count ->
    [one] مدينة واحدة تغيّرت
    [two] مدينتان تغيّرتا
    [few] { $count } مدن تغيّرت
   *[other] { $count } مدينة تغيّرت
}

team-init-created = أصبح مجلد البيانات { $dir } مستودع git لمشاركة المدن.
team-init-adopted = أُعدّ مستودع git في { $dir } لمشاركة المدن.
team-init-committed = سُجّلت المدن في السجل.
team-init-remote = المستودع المشترك: { $url }
team-init-no-remote = لا يوجد مستودع مشترك بعد: تبقى التغييرات على هذا الجهاز. أضيفوا واحدًا بالأمر `workbook team init --remote URL`.

team-status-folder = المجلد: { $dir }
team-status-remote = المستودع المشترك: { $url }
team-status-clean = لا شيء للتسجيل: كل التغييرات مسجّلة.
team-status-changes = { $count ->
    [one] مدينة واحدة تغيّرت منذ آخر مزامنة:
    [two] مدينتان تغيّرتا منذ آخر مزامنة:
    [few] { $count } مدن تغيّرت منذ آخر مزامنة:
   *[other] { $count } مدينة تغيّرت منذ آخر مزامنة:
}
team-status-ahead-behind = لدى هذه النسخة { $ahead } من التسجيلات (commits) غير الموجودة في المستودع المشترك، وينقصها { $behind } من تسجيلاته (حسب آخر مزامنة).
team-status-never-synced = لم تتم المزامنة بعد: شغّلوا `workbook team sync`.
team-change-new = { $city }: مدينة جديدة
team-change-deleted = { $city }: محذوفة
team-change-details = { $city }: بيانات المدينة أو مواضع التوقف
team-change-answers = { $city }: { $count ->
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
   *[other] { $count } إجابة
} ({ $answers })

team-sync-committed = سُجّل: { $message }
team-sync-nothing-to-commit = لا جديد للتسجيل هنا.
team-sync-pulled = جُلبت تغييرات الزملاء ودُمجت إجابةً إجابة.
team-sync-conflict = غُيّرت هنا ومن قِبل زميل: { $answer }
team-sync-resolve = احتُفظ في كل حالة بالإجابة الأحدث، والأخرى ملاحظة بجانبها: احسموا الأمر في الواجهة الموجَّهة (المفتاح F3) أو بالأمر `workbook answer resolve`.
team-sync-offline = تعذّر الوصول إلى المستودع المشترك، لذلك سُجّلت تغييراتكم هنا وستُرسل في المزامنة القادمة. (رسالة git: { $detail })
team-sync-pushed = أُرسلت إلى المستودع المشترك.

team-merge-unreadable = تعذّر دمج { $file }: { $side ->
    [ours] هذه النسخة
    [theirs] النسخة الأخرى
   *[other] النسخة المشتركة
} غير قابلة للقراءة: { $detail }. لم يُغيَّر شيء؛ أصلحوا تلك النسخة أو استعيدوها ثم أعيدوا الدمج.
team-merge-deleted = تعذّر دمج { $file }: حذف أحد الطرفين المدينة وغيّرها الآخر. احتفظوا بإحداهما بالأمر `git checkout --theirs` أو `--ours` على ذلك الملف، ثم سجّلوا (commit).
team-note-other-copy = إجابة من نسخة أخرى لهذه المدينة، احتُفظ بها بجانب الأحدث لأن الاثنتين غُيّرتا
team-note-cleared = مسحت نسخة أخرى لهذه المدينة هذه الإجابة بينما غيّرتها هذه النسخة
team-merge-conflicts = { $city }: { $count ->
    [one] غُيّرت إجابة واحدة
    [two] غُيّرت إجابتان
    [few] غُيّرت { $count } إجابات
   *[other] غُيّرت { $count } إجابة
} في الطرفين ({ $answers }): احتُفظ بالتغيير الأحدث، والآخر ملاحظة تنتظر الحسم.
team-merge-details = { $city }: غيّر الطرفان { $fields }؛ احتُفظ بقيمة هذه النسخة.

team-log-empty = لا يوجد سجل مشترك لهذه المدينة بعد.
team-log-created = أُنشئت المدينة ({ $count ->
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
   *[other] { $count } إجابة
})
