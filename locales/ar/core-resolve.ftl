# Problems between workbooks: questions one shows from another.

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
