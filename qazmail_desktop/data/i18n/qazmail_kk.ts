<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AccountPasswordDialog</name>
    <message>
        <location filename="../../ui/keys.py" line="58"/>
        <source>Mail password</source>
        <translation>Пошта құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="60"/>
        <source>Password of %1 at %2:</source>
        <translation>%2 серверіндегі %1 құпиясөзі:</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="66"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="68"/>
        <source>Remember for this session</source>
        <translation>Осы сеанс соңына дейін есте сақтау</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../../ui/dialogs.py" line="39"/>
        <source>Add mail account</source>
        <translation>Жаңа есептік жазба</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="39"/>
        <source>Account settings</source>
        <translation>Есептік жазба баптаулары</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="41"/>
        <source>Who are you?</source>
        <translation>Сіз кімсіз?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="48"/>
        <source>Account name:</source>
        <translation>Есептік жазба атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="49"/>
        <source>Your name:</source>
        <translation>Сіздің атыңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="50"/>
        <source>E-mail:</source>
        <translation>Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="51"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="53"/>
        <source>Servers</source>
        <translation>Серверлер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="64"/>
        <source>IMAP server:</source>
        <translation>IMAP сервері:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="65"/>
        <source>IMAP port:</source>
        <translation>IMAP порты:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="66"/>
        <source>SMTP server:</source>
        <translation>SMTP сервері:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="67"/>
        <source>SMTP port:</source>
        <translation>SMTP порты:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="68"/>
        <source>Security:</source>
        <translation>Қорғау:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="69"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="73"/>
        <source>SMTP security:</source>
        <translation>SMTP қорғанысы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="87"/>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="110"/>
        <source>Insecure</source>
        <translation>Қауіпті</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="110"/>
        <source>Plain text is allowed for loopback only.</source>
        <translation>Шифрлаусыз тек жергілікті серверге қосылуға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="113"/>
        <source>Missing</source>
        <translation>Толтырылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="113"/>
        <source>Give an account name and an e-mail address.</source>
        <translation>Есептік жазба атауын және эл. пошта мекенжайын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="116"/>
        <source>Exists</source>
        <translation>Бар</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="116"/>
        <source>An account with this name exists.</source>
        <translation>Мұндай атаумен есептік жазба бар.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="140"/>
        <source>No keyring</source>
        <translation>Құпиясөз қоймасы жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="142"/>
        <source>This system has no keyring: the password is kept for this session only and asked again later.</source>
        <translation>Жүйеде құпиясөз қоймасы жоқ: құпиясөз тек осы сеансқа сақталады және кейін қайта сұралады.</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../../ui/addressbook.py" line="31"/>
        <source>Address book</source>
        <translation>Мекенжай кітабы</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="34"/>
        <source>Find by name, e-mail, company, IIN or BIN</source>
        <translation>Аты, e-mail, ұйым, ЖСН немесе БСН бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="35"/>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="40"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="42"/>
        <source>Company</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="43"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="44"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="45"/>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="46"/>
        <source>Last letter</source>
        <translation>Соңғы хат</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="47"/>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="49"/>
        <source>Correspondents</source>
        <translation>Хат алмасушылар</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="54"/>
        <source>&amp;Write letter</source>
        <translation>&amp;Хат жазу</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="57"/>
        <source>Reading the letters…</source>
        <translation>Хаттар оқылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="69"/>
        <source>The letters could not be read: %1</source>
        <translation>Хаттарды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="96"/>
        <source>SHA-256 of the certificates:</source>
        <translation>Сертификаттардың SHA-256:</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="109"/>
        <source>signed a document that %1 sent</source>
        <translation>%1 жіберген құжатқа қол қойған</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="110"/>
        <source>signed a letter from %1 with a certificate for another address</source>
        <translation>%1 хатына басқа мекенжайға берілген сертификатпен қол қойған</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="111"/>
        <source>signed a letter from %1, but the signature is not valid</source>
        <translation>%1 хатына қол қойған, бірақ қолтаңба жарамсыз</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Drawing the first page…</source>
        <translation type="vanished">Бірінші бет салынуда…</translation>
    </message>
    <message>
        <source>No preview for this kind of file: use Open or Save… to see it.</source>
        <translation type="vanished">Мұндай файлды алдын ала қарау мүмкін емес: оны ашыңыз немесе сақтаңыз.</translation>
    </message>
    <message>
        <source>the file is not a readable PDF</source>
        <translation type="vanished">файл оқылатын PDF емес</translation>
    </message>
    <message>
        <source>the PDF is locked with a password</source>
        <translation type="vanished">PDF құпиясөзбен қорғалған</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="vanished">PDF-те бет жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Page 1 of %n</source>
        <translation type="vanished">
            <numerusform>%n беттің 1-беті</numerusform>
            <numerusform>%n беттің 1-беті</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: %1.</source>
        <translation type="vanished">Алдын ала қарау мүмкін емес: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="122"/>
        <source>A detached signature: it holds no document. The file it signs is attached beside it.</source>
        <translation>Бөлек қолтаңба: ішінде құжат жоқ. Ол қол қойған файл қасында тіркелген.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="125"/>
        <source>The document inside the signature: %1</source>
        <translation>Қолтаңба ішіндегі құжат: %1</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="133"/>
        <source>Its XML signature does not match it: this is the file, not what was signed.</source>
        <translation>Оның XML қолтаңбасы сәйкес келмейді: бұл файлдың өзі, қол қойылған нұсқа емес.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="138"/>
        <source>What the XML signature covers: the element %1 only</source>
        <translation>XML қолтаңбасы қамтитыны: тек %1 элементі</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="140"/>
        <source>What the XML signature covers: the whole document</source>
        <translation>XML қолтаңбасы қамтитыны: бүкіл құжат</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <location filename="../../ui/compose.py" line="117"/>
        <source>New letter — QazMail</source>
        <translation>Жаңа хат — QazMail</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="135"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="142"/>
        <source>From:</source>
        <translation>Кімнен:</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="145"/>
        <source>Cc/Bcc</source>
        <translation>Көшірме/Жасырын</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="146"/>
        <source>Show the Cc and Bcc fields (Ctrl+Shift+C)</source>
        <translation>«Көшірме» және «Жасырын көшірме» өрістерін көрсету (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="151"/>
        <source>To:</source>
        <translation>Кімге:</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="152"/>
        <source>Cc:</source>
        <translation>Көшірме:</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="153"/>
        <source>Bcc:</source>
        <translation>Жасырын көшірме:</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="154"/>
        <source>Subject:</source>
        <translation>Тақырып:</translation>
    </message>
    <message>
        <source>Sign with EDS</source>
        <translation type="vanished">ЭЦҚ-мен қол қою</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="176"/>
        <source>Remove attachment</source>
        <translation>Тіркемені алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="188"/>
        <source>Sign with EDS (Alt+S)</source>
        <translation>ЭЦҚ-мен қол қою (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="194"/>
        <source>Sign each attachment (.sig)</source>
        <translation>Әр тіркемеге қол қою (.sig)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="208"/>
        <source>Attach…</source>
        <translation>Тіркеу…</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="210"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="211"/>
        <source>Take the chosen attachments out of the letter (Delete)</source>
        <translation>Таңдалған тіркемелерді хаттан алып тастау (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="215"/>
        <source>Save draft</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="217"/>
        <source>Keep it in Drafts, where other devices see it too (Ctrl+S)</source>
        <translation>«Жобалар» қалтасында сақтау, оны басқа құрылғылар да көреді (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="220"/>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="279"/>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="298"/>
        <source>Cannot attach</source>
        <translation>Тіркеу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="299"/>
        <source>Only files can be attached; these are not files: %1</source>
        <translation>Тек файлдарды тіркеуге болады; мыналар файл емес: %1</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="316"/>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="349"/>
        <source>The disk is full: this letter is not kept on disk, only in this window.</source>
        <translation>Диск толы: бұл хат дискіде сақталмаған, тек осы терезеде тұр.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="352"/>
        <source>This letter cannot be kept on disk (%1): it is only in this window.</source>
        <translation>Бұл хатты дискіде сақтау мүмкін емес (%1): ол тек осы терезеде.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="370"/>
        <source>Cannot save the draft</source>
        <translation>Жобаны сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="385"/>
        <location filename="../../ui/compose.py" line="531"/>
        <source>Close the letter</source>
        <translation>Хатты жабу</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="386"/>
        <source>Keep this letter in Drafts?</source>
        <translation>Хатты жобаларда сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="419"/>
        <source>%1 The letter was not sent. Free some space and send it again: it stays open here.</source>
        <translation>%1 Хат жіберілмеді. Дискіде орын босатып, қайта жіберіңіз: хат осында ашық тұрады.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="429"/>
        <source>No key</source>
        <translation>Кілт жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="429"/>
        <source>Add an EDS key in the key manager first.</source>
        <translation>Алдымен кілттер менеджерінде ЭЦҚ кілтін қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="461"/>
        <source>These recipients are not e-mail addresses: %1. Correct them (double-click one to edit it) or remove them.</source>
        <translation>Бұл алушылар электрондық пошта мекенжайы емес: %1. Оларды түзетіңіз (өңдеу үшін біреуін екі рет басыңыз) немесе алып тастаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="476"/>
        <source>The letter was sent, but QazMail could not record it: %1</source>
        <translation>Хат жіберілді, бірақ QazMail мұны жаза алмады: %1</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="487"/>
        <source>Signed offline: the letter waits in the outbox for its time-stamp and leaves at the next sync online (Outbox… can send it without)</source>
        <translation>Желісіз қол қойылды: хат шығыс жәшігінде уақыт белгісін күтеді және желідегі келесі синхрондауда жіберіледі («Шығыс жәшігі…» арқылы онсыз жіберуге болады)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="493"/>
        <source>Not sent yet (%1): the letter waits in the outbox and is sent at the next sync</source>
        <translation>Әлі жіберілмеді (%1): хат шығыс жәшігінде күтеді және келесі синхрондауда жіберіледі</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="532"/>
        <source>%1 Close it anyway and lose its text?</source>
        <translation>%1 Бәрібір жабып, мәтінін жоғалтасыз ба?</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="418"/>
        <location filename="../../ui/compose.py" line="459"/>
        <location filename="../../ui/compose.py" line="505"/>
        <source>Cannot send</source>
        <translation>Жіберу мүмкін болмады</translation>
    </message>
    <message>
        <source>Offline: the letter waits in the outbox and is sent at the next sync</source>
        <translation type="vanished">Байланыс жоқ: хат шығыс қалтасында күтеді және келесі синхрондауда жіберіледі</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="172"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <source>&amp;Sign with EDS</source>
        <translation type="vanished">ЭЦҚ-мен &amp;қол қою</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="191"/>
        <source>EDS key</source>
        <translation>ЭЦҚ кілті</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="498"/>
        <source>The server refused the letter: %1</source>
        <translation>Сервер хатты қабылдамады: %1</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="475"/>
        <location filename="../../ui/compose.py" line="478"/>
        <location filename="../../ui/compose.py" line="500"/>
        <source>Letter sent</source>
        <translation>Хат жіберілді</translation>
    </message>
</context>
<context>
    <name>DocumentCardDialog</name>
    <message>
        <location filename="../../ui/cards.py" line="44"/>
        <source>Save as document card</source>
        <translation>Электрондық құжат карточкасы ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="48"/>
        <source>A document card is a PDF that carries the signed document and its signatures, with pages anyone can read; it proves itself offline, years later (kaarkz/ddcard).</source>
        <translation>Электрондық құжат карточкасы — ішінде қол қойылған құжат пен оның қолтаңбалары бар, кез келген адам оқи алатын беттері бар PDF; ол желісіз де, жылдар өткен соң да өзін дәлелдейді (kaarkz/ddcard).</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="56"/>
        <source>Signed document</source>
        <translation>Қол қойылған құжат</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="58"/>
        <source>The letter itself</source>
        <translation>Хаттың өзі</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="60"/>
        <source>Signed document:</source>
        <translation>Қол қойылған құжат:</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="62"/>
        <source>Show the &amp;document on the card&apos;s pages</source>
        <translation>Карточка беттерінде &amp;құжатты көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="63"/>
        <source>A page for each &amp;signature</source>
        <translation>Әр &amp;қолтаңбаға жеке бет</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="64"/>
        <source>The signatures as &amp;QR codes</source>
        <translation>Қолтаңбалар &amp;QR кодтар түрінде</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="70"/>
        <source>Save…</source>
        <translation>Сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="91"/>
        <source>Save document card</source>
        <translation>Электрондық құжат карточкасын сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="117"/>
        <source>Cannot make the document card</source>
        <translation>Карточканы қалыптастыру мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../ui/preview.py" line="54"/>
        <source>Drawing the first page…</source>
        <translation>Бірінші бет салынуда…</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="71"/>
        <source>No preview for this kind of file: use Open or Save… to see it.</source>
        <translation>Мұндай файлды алдын ала қарау мүмкін емес: оны ашыңыз немесе сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="90"/>
        <source>the file is not a readable PDF</source>
        <translation>файл оқылатын PDF емес</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="91"/>
        <source>the PDF is locked with a password</source>
        <translation>PDF құпиясөзбен қорғалған</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="92"/>
        <source>the PDF has no pages</source>
        <translation>PDF-те бет жоқ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preview.py" line="98"/>
        <source>Page 1 of %n</source>
        <translation>
            <numerusform>%n беттің 1-беті</numerusform>
            <numerusform>%n беттің 1-беті</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="101"/>
        <source>No preview: %1.</source>
        <translation>Алдын ала қарау мүмкін емес: %1.</translation>
    </message>
</context>
<context>
    <name>DraftListDialog</name>
    <message>
        <location filename="../../ui/draftlist.py" line="17"/>
        <location filename="../../ui/draftlist.py" line="20"/>
        <source>Drafts</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <location filename="../../ui/draftlist.py" line="18"/>
        <source>No letter is being written.</source>
        <translation>Басталған хат жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/draftlist.py" line="19"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../ui/draftlist.py" line="19"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../ui/draftlist.py" line="19"/>
        <source>Account</source>
        <translation>Есептік жазба</translation>
    </message>
    <message>
        <location filename="../../ui/draftlist.py" line="21"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../ui/draftlist.py" line="21"/>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location filename="../../ui/draftlist.py" line="35"/>
        <source>(no subject)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="187"/>
        <source>Welcome to QazMail</source>
        <translation>QazMail-ға қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="192"/>
        <source>&lt;h2&gt;QazMail&lt;/h2&gt;&lt;p&gt;Mail with electronic digital signatures (EDS) of the NCA of Kazakhstan.&lt;/p&gt;&lt;p&gt;Try the demo: a mail server on this computer with demo letters and keys, or add your own mail account.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QazMail&lt;/h2&gt;&lt;p&gt;Қазақстан ҰКО электрондық цифрлық қолтаңбасы (ЭЦҚ) бар пошта.&lt;/p&gt;&lt;p&gt;Демонстрацияны ашыңыз: осы компьютердегі демо хаттар мен кілттері бар пошта сервері, немесе өз есептік жазбаңызды қосыңыз.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="198"/>
        <source>Open the demo</source>
        <translation>Демонстрацияны ашу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="200"/>
        <source>Add my account</source>
        <translation>Менің есептік жазбамды қосу</translation>
    </message>
</context>
<context>
    <name>FolderModel</name>
    <message>
        <location filename="../../ui/models.py" line="124"/>
        <location filename="../../ui/models.py" line="154"/>
        <source>Folders</source>
        <translation>Бумалар</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="186"/>
        <source>Inbox</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="187"/>
        <source>Sent</source>
        <translation>Жіберілгендер</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="188"/>
        <source>Drafts</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="189"/>
        <source>Trash</source>
        <translation>Себет</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="190"/>
        <source>Junk</source>
        <translation>Спам</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="191"/>
        <source>Archive</source>
        <translation>Мұрағат</translation>
    </message>
</context>
<context>
    <name>KeyManagerDialog</name>
    <message>
        <location filename="../../ui/keys.py" line="138"/>
        <location filename="../../ui/keys.py" line="150"/>
        <source>EDS keys</source>
        <translation>ЭЦҚ кілттері</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="142"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="143"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="144"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="145"/>
        <source>Company</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="146"/>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="147"/>
        <source>Valid until</source>
        <translation>Жарамды мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="148"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="153"/>
        <source>Add key…</source>
        <translation>Кілт қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="155"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="168"/>
        <source>(open once to read)</source>
        <translation>(оқу үшін бір рет ашыңыз)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="183"/>
        <source>Renew the key at the NCA before it expires</source>
        <translation>Мерзімі өткенше ҰКО-да кілтті қайта шығарыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="189"/>
        <source>NCA key file</source>
        <translation>ҰКО кілт файлы</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="189"/>
        <source>Keys (*.p12 *.pfx)</source>
        <translation>Кілттер (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="199"/>
        <source>Cannot add the key</source>
        <translation>Кілтті қосу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Folders</source>
        <translation>Қалталар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Main</source>
        <translation>Басты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;Message</source>
        <translation>&amp;Хат</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>New</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Get mail</source>
        <translation>Поштаны алу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>Open signed file…</source>
        <translation>Қол қойылған файлды ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Drafts…</source>
        <translation>Жобалар…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>Sign document…</source>
        <translation>Құжатқа қол қою…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Co-sign…</source>
        <translation>Қолтаңба қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Add account…</source>
        <translation>Есептік жазба қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Account settings…</source>
        <translation>Есептік жазба баптаулары…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Remove account…</source>
        <translation>Есептік жазбаны жою…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Group by conversation</source>
        <translation>Хат алмасу бойынша топтау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Reply</source>
        <translation>Жауап беру</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Reply all</source>
        <translation>Барлығына жауап</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Forward</source>
        <translation>Қайта жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Archive</source>
        <translation>Мұрағаттау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>Archive the selected letters (A)</source>
        <translation>Таңдалған хаттарды мұрағатқа жіберу (A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Save as document card…</source>
        <translation>Құжат карточкасы ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Save signature register…</source>
        <translation>Қолтаңбалар тізілімін сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Move to…</source>
        <translation>Мұнда жылжыту…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Mark read/unread</source>
        <translation>Оқылды/оқылмады</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>Flag</source>
        <translation>Белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Verify signatures again</source>
        <translation>Қолтаңбаларды қайта тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Outbox…</source>
        <translation>Шығыс жәшігі…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>EDS keys…</source>
        <translation>ЭЦҚ кілттері…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Address book…</source>
        <translation>Мекенжай кітабы…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Message rules…</source>
        <translation>Хат ережелері…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Search: words, names, IIN, BIN…</source>
        <translation>Іздеу: сөздер, есімдер, ЖСН, БСН…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>Sync cancelled: what was fetched is kept</source>
        <translation>Синхрондау тоқтатылды: алынғаны сақталды</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>No password was given for %1: its mail was not fetched.</source>
        <translation>%1 үшін құпиясөз берілмеді: оның поштасы алынған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514"/>
        <source>Syncing %1: %2 of %3</source>
        <translation>Синхрондау %1: %3 ішінен %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="524"/>
        <source>%n new letter(s)</source>
        <translation>
            <numerusform>%n жаңа хат</numerusform>
            <numerusform>%n жаңа хат</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="618"/>
        <source>Cannot open the draft</source>
        <translation>Жобаны ашу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="665"/>
        <source>On %1, %2 wrote:</source>
        <translation>%1 күні %2 жазды:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="667"/>
        <source>%1 wrote:</source>
        <translation>%1 жазды:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701"/>
        <source>From: %1</source>
        <translation>Кімнен: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="703"/>
        <source>Date: %1</source>
        <translation>Күні: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="704"/>
        <source>Subject: %1</source>
        <translation>Тақырыбы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="705"/>
        <source>To: %1</source>
        <translation>Кімге: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="707"/>
        <source>Cc: %1</source>
        <translation>Көшірме: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="783"/>
        <source>Archived %n letter(s)</source>
        <translation>
            <numerusform>%n хат мұрағатқа жіберілді</numerusform>
            <numerusform>%n хат мұрағатқа жіберілді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="831"/>
        <source>Print letter</source>
        <translation>Хатты басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="834"/>
        <source>Letter printed</source>
        <translation>Хат басып шығаруға жіберілді</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="842"/>
        <source>Save letter as PDF</source>
        <translation>Хатты PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="849"/>
        <source>Saved to %1</source>
        <translation>%1 файлына сақталды</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="865"/>
        <location filename="../../ui/main_window.py" line="874"/>
        <source>Save as document card</source>
        <translation>Электрондық құжат карточкасы ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="866"/>
        <source>This letter carries no signed document to make a card of.</source>
        <translation>Бұл хатта карточка жасауға болатын қол қойылған құжат жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="882"/>
        <location filename="../../ui/main_window.py" line="912"/>
        <source>Save signature register</source>
        <translation>Қолтаңбалар тізілімін сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="884"/>
        <source>No signed letter to list.</source>
        <translation>Тізілімге енгізетін қол қойылған хат жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="897"/>
        <source>A register is saved as .pdf, .xlsx or .csv: give the file one of these endings.</source>
        <translation>Тізілім .pdf, .xlsx немесе .csv ретінде сақталады: файл атын осы жалғаулардың бірімен аяқтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="943"/>
        <source>Signatures, PDF and XML (%1);;All files (*)</source>
        <translation>Қолтаңбалар, PDF және XML (%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>A register is saved as .pdf or .csv: give the file one of these endings.</source>
        <translation type="vanished">Тізілім .pdf немесе .csv ретінде сақталады: файлға осы кеңейтімдердің бірін беріңіз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="900"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n хат</numerusform>
            <numerusform>%n хат</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="909"/>
        <source>Register saved to %1</source>
        <translation>Тізілім сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="915"/>
        <source>Checking signatures: %1 of %2</source>
        <translation>Қолтаңбаларды тексеру: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="919"/>
        <source>Document card saved to %1</source>
        <translation>Құжат карточкасы сақталды: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="933"/>
        <source>%n letter(s) found</source>
        <translation>
            <numerusform>%n хат табылды</numerusform>
            <numerusform>%n хат табылды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="941"/>
        <source>Open a signed file</source>
        <translation>Қол қойылған файлды ашу</translation>
    </message>
    <message>
        <source>Signatures and PDF (%1);;All files (*)</source>
        <translation type="vanished">Қолтаңбалар мен PDF (%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="959"/>
        <source>Signature written to %1</source>
        <translation>Қолтаңба %1 файлына жазылды</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="989"/>
        <source>Message rules</source>
        <translation>Хат ережелері</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1026"/>
        <source>Remove account</source>
        <translation>Есептік жазбаны жою</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1028"/>
        <source>Remove the account %1 from QazMail? Its letters are deleted from this computer only; they stay on the server. Letters not sent yet are dropped.</source>
        <translation>%1 есептік жазбасын QazMail-ден жою керек пе? Оның хаттары тек осы компьютерден жойылады, серверде қалады. Жіберілмеген хаттар жойылады.</translation>
    </message>
    <message>
        <source>%1 new letters</source>
        <translation type="vanished">Жаңа хаттар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>Mail is up to date</source>
        <translation>Пошта жаңартылды</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540"/>
        <source>● Online</source>
        <translation>● Желіде</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540"/>
        <source>○ Offline — working from the cache</source>
        <translation>○ Байланыс жоқ — жергілікті көшірмемен жұмыс</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547"/>
        <source>Add a mail account first.</source>
        <translation>Алдымен пошта есептік жазбасын қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701"/>
        <source>Forwarded letter</source>
        <translation>Қайта жіберілген хат</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="791"/>
        <source>Move to</source>
        <translation>Жылжыту</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="791"/>
        <source>Folder:</source>
        <translation>Бума:</translation>
    </message>
    <message>
        <source>%1 letters found</source>
        <translation type="vanished">Табылған хаттар: %1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../ui/models.py" line="332"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="332"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="333"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="334"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="335"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="339"/>
        <source>Unread, flagged, attachments</source>
        <translation>Оқылмаған, белгіленген, тіркемелер</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="339"/>
        <source>Electronic signature</source>
        <translation>Электрондық қолтаңба</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="378"/>
        <source>(no subject)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="392"/>
        <source>Unread</source>
        <translation>Оқылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="393"/>
        <source>Flagged</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="394"/>
        <source>Has attachments</source>
        <translation>Тіркемелері бар</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="409"/>
        <source>This letter could not be read: %1. It is kept as it arrived; open it to see its text.</source>
        <translation>Бұл хатты оқу мүмкін болмады: %1. Ол келген күйінде сақталды; мәтінін көру үшін оны ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="415"/>
        <source>Signed; not checked yet</source>
        <translation>Қол қойылған; әлі тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="418"/>
        <source>Partly signed: the text is not what was signed (%1)</source>
        <translation>Тек бір бөлігіне қол қойылған: хат мәтіні қол қойылған мәтін емес (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="420"/>
        <source>Signature valid</source>
        <translation>Қолтаңба дұрыс</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="421"/>
        <source>Signature not valid</source>
        <translation>Қолтаңба жарамсыз</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="422"/>
        <source>Signature with a warning</source>
        <translation>Ескертуі бар қолтаңба</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="423"/>
        <source>Signature not proven either way</source>
        <translation>Қолтаңба дәлелденбеген</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../ui/outbox.py" line="22"/>
        <location filename="../../ui/outbox.py" line="111"/>
        <source>Outbox</source>
        <translation>Шығыс жәшігі</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="23"/>
        <source>The outbox is empty: every letter was sent.</source>
        <translation>Шығыс жәшігі бос: барлық хат жіберілді.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="24"/>
        <source>Account</source>
        <translation>Есептік жазба</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="24"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="24"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="24"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="24"/>
        <source>Last attempt</source>
        <translation>Соңғы әрекет</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="25"/>
        <source>Letters not sent yet</source>
        <translation>Әлі жіберілмеген хаттар</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="26"/>
        <source>Send &amp;again</source>
        <translation>&amp;Қайта жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="26"/>
        <source>&amp;Drop</source>
        <translation>&amp;Жібермеу</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="26"/>
        <source>Send &amp;without time-stamp</source>
        <translation>Уақыт белгісі&amp;сіз жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="36"/>
        <source>A letter signed offline waits for its time-stamp, which proves when it was signed. Sent without, its signing time is only your claim.</source>
        <translation>Желісіз қол қойылған хат уақыт белгісін күтеді — ол қашан қол қойылғанын дәлелдейді. Онсыз қол қою уақыты тек сіздің мәлімдемеңіз болады.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="59"/>
        <source>the server asked for it later: not before %1</source>
        <translation>сервер кейінірек жіберуді сұрады: %1 дейін емес</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="63"/>
        <source>may have been sent: ask the recipient, then Send again or Drop</source>
        <translation>жіберілген болуы мүмкін: алушыдан сұраңыз, содан кейін «Қайта жіберу» немесе «Алып тастау»</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="65"/>
        <source>waits for the next sync</source>
        <translation>келесі синхрондауды күтуде</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="66"/>
        <source>being sent</source>
        <translation>жіберілуде</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="67"/>
        <source>failed</source>
        <translation>сәтсіз</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="90"/>
        <source>Send without time-stamp?</source>
        <translation>Уақыт белгісіз жіберу керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="92"/>
        <source>Without its time-stamp, nothing proves when this letter was signed: its signing time is only your computer&apos;s claim, and whether your certificate was valid is judged whenever the letter is checked — after the certificate expires or is revoked, the signature will not be valid. Send it without the time-stamp?</source>
        <translation>Уақыт белгісі болмаса, хатқа қашан қол қойылғанын ештеңе дәлелдемейді: қол қою уақыты — тек компьютеріңіздің мәлімдемесі, ал сертификатыңыздың жарамдылығы хат тексерілген сайын бағаланады — сертификаттың мерзімі өткеннен немесе ол кері қайтарылғаннан кейін қолтаңба жарамсыз болады. Уақыт белгісіз жіберу керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="57"/>
        <source>signed offline: waits for its time-stamp</source>
        <translation>желісіз қол қойылды: уақыт белгісін күтеді</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/keys.py" line="39"/>
        <source>Key password</source>
        <translation>Кілт құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="41"/>
        <source>Password for %1:</source>
        <translation>%1 үшін құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="45"/>
        <source>Keep for this session only</source>
        <translation>Тек осы сеансқа сақтау</translation>
    </message>
</context>
<context>
    <name>QuickFilterBar</name>
    <message>
        <location filename="../../ui/quickfilter.py" line="48"/>
        <source>Unread</source>
        <translation>Оқылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="48"/>
        <source>Only unread letters</source>
        <translation>Тек оқылмаған хаттар</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="49"/>
        <source>Flagged</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="49"/>
        <source>Only flagged letters</source>
        <translation>Тек белгіленген хаттар</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="50"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="50"/>
        <source>Only letters with attachments</source>
        <translation>Тек тіркемесі бар хаттар</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="51"/>
        <source>Signed</source>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="51"/>
        <source>Only letters with an electronic signature</source>
        <translation>Тек электрондық қолтаңбасы бар хаттар</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="56"/>
        <source>Filter these letters…</source>
        <translation>Осы хаттарды сүзу…</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="57"/>
        <source>Filter these letters</source>
        <translation>Осы хаттарды сүзу</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="58"/>
        <source>Sender, recipients or subject (Ctrl+Shift+K)</source>
        <translation>Жіберуші, алушылар немесе тақырып (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="61"/>
        <source>Clear the filter</source>
        <translation>Сүзгіні тазалау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/quickfilter.py" line="122"/>
        <source>%1 of %n letter(s)</source>
        <translation>
            <numerusform>%n хаттың %1 хаты</numerusform>
            <numerusform>%n хаттың %1 хаты</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../ui/reading.py" line="142"/>
        <source>Show remote content</source>
        <translation>Сыртқы мазмұнды көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="154"/>
        <source>Letter text</source>
        <translation>Хат мәтіні</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="162"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="169"/>
        <source>Preview</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="172"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="173"/>
        <source>Save…</source>
        <translation>Сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="190"/>
        <source>No letter selected</source>
        <translation>Хат таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="203"/>
        <source>This letter cannot be shown: %1</source>
        <translation>Бұл хатты көрсету мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="207"/>
        <source>(no subject)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="209"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="209"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="209"/>
        <source>Cc</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="209"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="220"/>
        <source>The body of this letter cannot be shown (%1). Its bytes are kept; save it to inspect it.</source>
        <translation>Бұл хаттың мәтінін көрсету мүмкін емес (%1). Хат өзгеріссіз сақталды; оны тексеру үшін файлға сақтаңыз.</translation>
    </message>
    <message>
        <source>%1 remote images or links were blocked to protect your privacy.</source>
        <translation type="vanished">Құпиялылығыңызды қорғау үшін %1 сыртқы сурет немесе сілтеме бұғатталды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reading.py" line="226"/>
        <source>%n remote image(s) or link(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>Құпиялығыңызды қорғау үшін %n сыртқы сурет не сілтеме бұғатталды.</numerusform>
            <numerusform>Құпиялығыңызды қорғау үшін %n сыртқы сурет не сілтеме бұғатталды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="250"/>
        <source>Ambiguous structure — not shown as signed. Mail programs can read this letter in different ways (%1). Below is its raw source, as it arrived.</source>
        <translation>Құрылымы екіұшты — қол қойылған ретінде көрсетілмейді. Пошта бағдарламалары бұл хатты әртүрлі оқи алады (%1). Төменде оның келген күйіндегі бастапқы мәтіні.</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="254"/>
        <source>This letter&apos;s structure can be read in more than one way (%1).</source>
        <translation>Бұл хаттың құрылымын бірнеше түрлі оқуға болады (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="265"/>
        <source>an unclosed quote in %2</source>
        <translation>%2 өрісінде жабылмаған тырнақша</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="266"/>
        <source>the parameter %1 is given twice in %2</source>
        <translation>%1 параметрі %2 өрісінде екі рет берілген</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="267"/>
        <source>the parameter %1 is given in two forms in %2</source>
        <translation>%1 параметрі %2 өрісінде екі түрде берілген</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="268"/>
        <source>the boundary %1 overlaps the enclosing boundary %2</source>
        <translation>%1 шекарасы сыртқы %2 шекарасымен қабаттасады</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="269"/>
        <source>a boundary line begins after a bare CR</source>
        <translation>шекара жолы жалғыз CR таңбасынан кейін басталады</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="270"/>
        <source>a boundary line ends with a bare CR</source>
        <translation>шекара жолы жалғыз CR таңбасымен аяқталады</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="271"/>
        <source>a header line is broken by the control character %1</source>
        <translation>тақырып жолы %1 басқару таңбасымен бөлінген</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="272"/>
        <source>the header starts with a folded line</source>
        <translation>тақырып бөлігі жалғасу жолынан басталады</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="273"/>
        <source>a header line without a colon: %1</source>
        <translation>қос нүктесіз тақырып жолы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="274"/>
        <source>a header field name that is not one word before its colon: %1</source>
        <translation>қос нүкте алдындағы өріс атауы бір сөз емес: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="275"/>
        <source>the header field %1 is given twice</source>
        <translation>%1 тақырып өрісі екі рет берілген</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="346"/>
        <source>%1, attached to the letter “%2”</source>
        <translation>%1, «%2» хатына тіркелген</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="350"/>
        <location filename="../../ui/reading.py" line="355"/>
        <source>Cannot open</source>
        <translation>Ашу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="356"/>
        <source>No program on this computer opens %1. Use Save… to keep it and open it yourself.</source>
        <translation>Бұл компьютерде %1 ашатын бағдарлама жоқ. Файлды сақтап (Сақтау…), өзіңіз ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="371"/>
        <source>Open a program?</source>
        <translation>Бағдарламаны ашу керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="373"/>
        <source>%1 is a program or a script: opening it runs it on this computer. Letters are a common way to spread harmful programs. Open it only if you expected it from this sender.</source>
        <translation>%1 — бағдарлама немесе скрипт: оны ашу оны осы компьютерде іске қосады. Зиянды бағдарламалар жиі хаттармен таралады. Оны осы жіберушіден күткен болсаңыз ғана ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="386"/>
        <source>Save attachment to folder</source>
        <translation>Тіркемені бумаға сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="392"/>
        <source>Cannot save</source>
        <translation>Сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="394"/>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
</context>
<context>
    <name>RecipientField</name>
    <message>
        <location filename="../../ui/recipients.py" line="517"/>
        <source>There is no @ in it: an e-mail address looks like name@example.kz</source>
        <translation>Мұнда @ таңбасы жоқ: электрондық пошта мекенжайы name@example.kz түрінде жазылады</translation>
    </message>
    <message>
        <location filename="../../ui/recipients.py" line="519"/>
        <source>An e-mail address has no spaces; separate recipients with commas</source>
        <translation>Электрондық пошта мекенжайында бос орын болмайды; алушыларды үтірмен бөліңіз</translation>
    </message>
    <message>
        <location filename="../../ui/recipients.py" line="520"/>
        <source>This is not an e-mail address: an address looks like name@example.kz</source>
        <translation>Бұл электрондық пошта мекенжайы емес: мекенжай name@example.kz түрінде жазылады</translation>
    </message>
    <message>
        <location filename="../../ui/recipients.py" line="546"/>
        <source>Remove %1</source>
        <translation>%1 алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/recipients.py" line="547"/>
        <source>Remove this recipient (Backspace)</source>
        <translation>Бұл алушыны алып тастау (Backspace)</translation>
    </message>
    <message>
        <location filename="../../ui/recipients.py" line="667"/>
        <source>Chosen: %1. Backspace removes it.</source>
        <translation>Таңдалды: %1. Backspace оны алып тастайды.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/wording.py" line="15"/>
        <source>Individual</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="16"/>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="17"/>
        <source>Head of the organisation</source>
        <translation>Ұйымның бірінші басшысы</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="18"/>
        <source>Authorised to sign</source>
        <translation>Қол қою құқығы бар тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="19"/>
        <source>Authorised to sign financial documents</source>
        <translation>Қаржы құжаттарына қол қою құқығы</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="20"/>
        <source>HR officer</source>
        <translation>Кадр бөлімінің қызметкері</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="21"/>
        <source>Employee</source>
        <translation>Ұйым қызметкері</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="22"/>
        <source>Information system</source>
        <translation>Ақпараттық жүйе</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="23"/>
        <source>Treasury client</source>
        <translation>Қазынашылық клиенті</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/rules.py" line="34"/>
        <location filename="../../ui/rules.py" line="98"/>
        <source>Message rules</source>
        <translation>Хат ережелері</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="36"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="36"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="36"/>
        <source>Then</source>
        <translation>Онда</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="36"/>
        <source>Rules</source>
        <translation>Ережелер</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="45"/>
        <source>any role</source>
        <translation>кез келген рөл</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="50"/>
        <source>any letter</source>
        <translation>кез келген хат</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="51"/>
        <source>signature valid</source>
        <translation>қолтаңба жарамды</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="52"/>
        <source>signature bad (modified, revoked, invalid)</source>
        <translation>қолтаңба жарамсыз (өзгертілген, кері қайтарылған, қате)</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="53"/>
        <source>signature with warnings (untrusted, expired)</source>
        <translation>ескертуі бар қолтаңба (сенімсіз, мерзімі өткен)</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="54"/>
        <source>signature not proven either way</source>
        <translation>қолтаңба расталмады да, жоққа шығарылмады да</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="58"/>
        <source>(do not move)</source>
        <translation>(жылжытпау)</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="61"/>
        <source>Flag it</source>
        <translation>Жалаушамен белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="62"/>
        <source>Also when the signer&apos;s signature is not valid</source>
        <translation>Қол қоюшының қолтаңбасы жарамсыз болса да</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="65"/>
        <source>A rule on a signer (IIN, BIN, role) takes only letters whose signature by that signer is valid: a tampered, revoked or forged letter in their name is left where it is. Tick this to take those letters too.</source>
        <translation>Қол қоюшыға (ЖСН, БСН, рөл) арналған ереже тек сол қол қоюшының қолтаңбасы жарамды хаттарды алады: оның атынан өзгертілген, кері қайтарылған немесе жалған хат орнында қалады. Ондай хаттарды да алу үшін белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="71"/>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="72"/>
        <source>From contains:</source>
        <translation>Жіберуші құрамында:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="73"/>
        <source>Subject contains:</source>
        <translation>Тақырып құрамында:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="74"/>
        <source>Signer&apos;s IIN:</source>
        <translation>Қол қоюшының ЖСН:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="75"/>
        <source>Signer&apos;s BIN:</source>
        <translation>Қол қоюшының БСН:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="76"/>
        <source>Signer&apos;s role:</source>
        <translation>Қол қоюшының рөлі:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="78"/>
        <source>Signature:</source>
        <translation>Қолтаңба:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="79"/>
        <source>Move to:</source>
        <translation>Жылжыту:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="84"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Ереже қосу</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="86"/>
        <source>&amp;Remove rule</source>
        <translation>Ережені &amp;жою</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="88"/>
        <source>Apply to the inbox &amp;now</source>
        <translation>Кіріске &amp;қазір қолдану</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="108"/>
        <source>from</source>
        <translation>жіберуші</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="109"/>
        <source>subject</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="110"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="111"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="112"/>
        <source>role</source>
        <translation>рөл</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="113"/>
        <source>signature</source>
        <translation>қолтаңба</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="118"/>
        <source>valid signatures only</source>
        <translation>тек жарамды қолтаңбалар</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="119"/>
        <source>move to %1</source>
        <translation>%1 қалтасына жылжыту</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="120"/>
        <source>flag</source>
        <translation>белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="128"/>
        <source>Rule %1</source>
        <translation>Ереже %1</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="143"/>
        <source>Cannot add the rule</source>
        <translation>Ережені қосу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="163"/>
        <source>No letter in the inbox matched.</source>
        <translation>Кірістегі бірде-бір хат сәйкес келмеді.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <location filename="../../ui/wording.py" line="34"/>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (байланыс басынан шифрланады)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="35"/>
        <source>STARTTLS (encrypted after connecting)</source>
        <translation>STARTTLS (қосылғаннан кейін шифрланады)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="36"/>
        <source>None (this computer only)</source>
        <translation>Шифрлаусыз (тек осы компьютер)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="152"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="155"/>
        <source>System language</source>
        <translation>Жүйе тілі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="159"/>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="160"/>
        <source>The language changes after a restart.</source>
        <translation>Тіл қайта іске қосқаннан кейін өзгереді.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="162"/>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="162"/>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="162"/>
        <source>Dark</source>
        <translation>Күңгірт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="165"/>
        <source>Theme:</source>
        <translation>Безендіру:</translation>
    </message>
</context>
<context>
    <name>SignDocumentDialog</name>
    <message>
        <location filename="../../ui/documents.py" line="74"/>
        <location filename="../../ui/documents.py" line="111"/>
        <source>Co-sign</source>
        <translation>Қолтаңба қосу</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="74"/>
        <source>Sign document</source>
        <translation>Құжатқа қол қою</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="79"/>
        <source>Signature file</source>
        <translation>Қолтаңба файлы</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="79"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="81"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="86"/>
        <source>Signature file:</source>
        <translation>Қолтаңба файлы:</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="86"/>
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="88"/>
        <source>EDS key</source>
        <translation>ЭЦҚ кілті</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="89"/>
        <source>EDS key:</source>
        <translation>ЭЦҚ кілті:</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="91"/>
        <source>&amp;Detached signature (the document stays as it is, the signature beside it)</source>
        <translation>&amp;Бөлек қолтаңба (құжат өзгермейді, қолтаңба қасында)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="96"/>
        <source>Add a &amp;time-stamp (proves when it was signed)</source>
        <translation>&amp;Уақыт белгісін қосу (қол қойылған уақытты дәлелдейді)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="146"/>
        <source>&amp;XML signature inside the document (as e-government services sign XML)</source>
        <translation>Құжат ішіндегі &amp;XML қолтаңбасы (электрондық үкімет қызметтері XML-ге осылай қол қояды)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="111"/>
        <source>Sign</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="148"/>
        <source>Signature &amp;inside the PDF (PAdES: PDF readers show it)</source>
        <translation>&amp;PDF ішіндегі қолтаңба (PAdES: PDF оқу бағдарламалары оны көрсетеді)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="153"/>
        <source>The signature will be written to %1</source>
        <translation>Қолтаңба %1 файлына жазылады</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="156"/>
        <source>The signature to co-sign</source>
        <translation>Қолтаңба қосылатын файл</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="156"/>
        <source>The document to sign</source>
        <translation>Қол қойылатын құжат</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="168"/>
        <source>No key</source>
        <translation>Кілт жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="168"/>
        <source>Add an EDS key in the key manager first.</source>
        <translation>Алдымен кілттер менеджеріне ЭЦҚ кілтін қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="171"/>
        <location filename="../../ui/documents.py" line="212"/>
        <location filename="../../ui/documents.py" line="240"/>
        <source>Cannot sign</source>
        <translation>Қол қою мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="171"/>
        <source>No such file: %1</source>
        <translation>Файл табылмады: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="211"/>
        <source>The signature would be written over %1. Move or rename that file first.</source>
        <translation>Қолтаңба %1 файлының үстіне жазылар еді. Алдымен ол файлды жылжытыңыз немесе атын өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="219"/>
        <source>Sign an empty file?</source>
        <translation>Бос файлға қол қою керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="220"/>
        <source>%1 is empty: the signature will cover no content. Sign it anyway?</source>
        <translation>%1 бос: қолтаңба ешбір мазмұнды қамтымайды. Бәрібір қол қою керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="230"/>
        <source>Replace?</source>
        <translation>Ауыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="230"/>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 бұрыннан бар. Ауыстыру керек пе?</translation>
    </message>
</context>
<context>
    <name>SignatureCard</name>
    <message>
        <location filename="../../ui/signature_panel.py" line="136"/>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <source>A part of the letter only</source>
        <translation type="vanished">Хаттың тек бір бөлігі</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="140"/>
        <source>Document: %1</source>
        <translation>Құжат: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="142"/>
        <source>Attachment: %1</source>
        <translation>Тіркеме: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="150"/>
        <source>Show the signature&apos;s card</source>
        <translation>Қолтаңба карточкасын көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="165"/>
        <source> and %1 more</source>
        <translation> және тағы %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="173"/>
        <source>Details…</source>
        <translation>Толығырақ…</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="237"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="237"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="vanished">Қол қойылды</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation type="vanished">Уақыт белгісі</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="106"/>
        <source>%1 — element %2 only</source>
        <translation>%1 — тек %2 элементі</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="138"/>
        <source>Only a part of the letter is signed</source>
        <translation>Хаттың тек бір бөлігіне қол қойылған</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="154"/>
        <source>signature valid</source>
        <translation>қолтаңба жарамды</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="186"/>
        <source>What this signature really covers:</source>
        <translation>Бұл қолтаңба шын мәнінде нені қамтиды:</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="247"/>
        <source>Signed no later than %1 (proven by a trusted time-stamp)</source>
        <translation>%1 кешіктірмей қол қойылған (сенімді уақыт белгісімен дәлелденген)</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="252"/>
        <source>Signing time claimed by the signer: %1 (not proven; checked as of now)</source>
        <translation>Қол қоюшы көрсеткен уақыт: %1 (дәлелденбеген; қазіргі сәтке тексерілді)</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="260"/>
        <source>time-stamped %1</source>
        <translation>уақыт белгісі: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="263"/>
        <source>time claimed: %1</source>
        <translation>мәлімделген уақыт: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="268"/>
        <source>Signature valid</source>
        <translation>Қолтаңба дұрыс</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="269"/>
        <source>Signature intact, revocation status unknown</source>
        <translation>Қолтаңба бүтін, кері шақырылу мәртебесі белгісіз</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="270"/>
        <source>Signed document missing</source>
        <translation>Қол қойылған құжат жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="271"/>
        <source>Document modified after signing</source>
        <translation>Құжат қол қойылғаннан кейін өзгертілді</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="272"/>
        <source>Signature invalid</source>
        <translation>Қолтаңба жарамсыз</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="273"/>
        <source>Key not for signing</source>
        <translation>Кілт қол қоюға арналмаған</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="274"/>
        <source>Certificate suspended</source>
        <translation>Сертификат тоқтатыла тұрды</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="275"/>
        <source>Certificate revoked</source>
        <translation>Сертификат кері шақырылды</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="276"/>
        <source>Certificate expired</source>
        <translation>Сертификаттың мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="277"/>
        <source>Certificate not yet valid</source>
        <translation>Сертификат әлі жарамсыз</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="278"/>
        <source>Untrusted certificate</source>
        <translation>Сенімсіз сертификат</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="279"/>
        <source>Older NCA generation</source>
        <translation>ҰКО-ның ескі буыны</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="280"/>
        <source>Unsupported algorithm</source>
        <translation>Алгоритм қолдау көрсетілмейді</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="281"/>
        <source>Ambiguous structure — not shown as signed</source>
        <translation>Құрылымы екіұшты — қол қойылған ретінде көрсетілмейді</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="282"/>
        <source>Damaged signature</source>
        <translation>Қолтаңба зақымдалған</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="290"/>
        <source>No CRL or OCSP answer at hand says whether the certificate was revoked. Go online and check again.</source>
        <translation>CRL де, OCSP жауабы да сертификаттың кері шақырылған-шақырылмағанын көрсетпейді. Желіге қосылып, қайта тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="292"/>
        <source>The signed document is needed to check that it was not changed.</source>
        <translation>Құжаттың өзгермегенін тексеру үшін қол қойылған құжаттың өзі қажет.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="294"/>
        <source>This is an authentication (AUTH) key: it cannot sign documents, so this is not a valid signature.</source>
        <translation>Бұл аутентификация (AUTH) кілті: онымен құжаттарға қол қоюға болмайды, сондықтан қолтаңба жарамсыз.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="297"/>
        <source>The certificate had expired at the time that counts. Without a trusted time-stamp that time is now.</source>
        <translation>Маңызды сәтте сертификаттың мерзімі өтіп кеткен. Сенімді уақыт белгісі болмаса, бұл сәт — қазір.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="300"/>
        <source>The certificate was suspended (on hold) at the time that counts. The CA may lift the suspension: check again later.</source>
        <translation>Есепке алынатын уақытта сертификаттың әрекеті тоқтатыла тұрған еді. Куәландырушы орталық тоқтатуды алып тастауы мүмкін: кейінірек қайта тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="303"/>
        <source>The certificate was revoked before the time that counts.</source>
        <translation>Сертификат маңызды сәтке дейін кері шақырылған.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="304"/>
        <source>The certificate does not lead to a certification authority you trust.</source>
        <translation>Сертификат сіз сенетін куәландырушы орталыққа апармайды.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="305"/>
        <source>The document was changed after it was signed: do not rely on it.</source>
        <translation>Құжат қол қойылғаннан кейін өзгертілген: оған сенуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="306"/>
        <source>The signature does not match the document and the signer&apos;s key.</source>
        <translation>Қолтаңба құжатқа және қол қоюшының кілтіне сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="307"/>
        <source>The certificate was not yet valid at the time that counts.</source>
        <translation>Маңызды сәтте сертификат әлі күшіне енбеген.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="309"/>
        <source>Made under an older NCA generation (2011–2016) this version cannot check: it is neither proven valid nor shown invalid.</source>
        <translation>ҰКО-ның осы нұсқа тексере алмайтын ескі буынында (2011–2016) жасалған: жарамдылығы дәлелденбеген, жарамсыздығы да көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="312"/>
        <source>QazMail cannot check this kind of signature.</source>
        <translation>QazMail мұндай қолтаңбаны тексере алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="314"/>
        <source>This letter is built so that mail programs can show different text under the same signature. QazMail does not say which text was signed: ask the sender for the document again.</source>
        <translation>Бұл хат пошта бағдарламалары бір қолтаңбаның астында әртүрлі мәтін көрсете алатындай етіп құрастырылған. QazMail қай мәтінге қол қойылғанын айтпайды: жіберушіден құжатты қайта сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="317"/>
        <source>The signature is damaged and cannot be read.</source>
        <translation>Қолтаңба зақымдалған, оны оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="324"/>
        <source>Certificate issued by the NCA root</source>
        <translation>Сертификатты Негізгі куәландырушы орталық берген</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="325"/>
        <source>Certificate issued by the NCA</source>
        <translation>Сертификатты Ұлттық куәландырушы орталық берген</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="326"/>
        <source>Certificate issued by the state bodies&apos; CA (УЦГО)</source>
        <translation>Сертификатты мемлекеттік органдардың куәландырушы орталығы берген</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="327"/>
        <source>Certificate issued by BTS Digital&apos;s CA</source>
        <translation>Сертификатты BTS Digital куәландырушы орталығы берген</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="333"/>
        <source>Signature details</source>
        <translation>Қолтаңба туралы мәлімет</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="338"/>
        <source>Signer %1</source>
        <translation>Қол қоюшы %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="346"/>
        <source>Time-stamp: %1 by %2</source>
        <translation>Уақыт белгісі: %1, берген: %2</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="352"/>
        <source>  Certificate chain:</source>
        <translation>  Сертификаттар тізбегі:</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="354"/>
        <source>  Revocation: %1</source>
        <translation>  Кері шақыру: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="356"/>
        <source>  Issuing CAs: %1</source>
        <translation>  Куәландырушы орталықтар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="360"/>
        <source>Evidence: %1 of %2, issued %3</source>
        <translation>Дәлел: %1 (%2), шығарылған %3</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="366"/>
        <source>Serial</source>
        <translation>Сериялық нөмір</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="366"/>
        <source>Valid</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="366"/>
        <source>Issuer</source>
        <translation>Берген</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="366"/>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="374"/>
        <source>Template: %1</source>
        <translation>Үлгі: %1</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../../ui/signature_panel.py" line="429"/>
        <source>Signed by %1, but the letter says it is from %2.</source>
        <translation>Қол қойған — %1, бірақ хат %2 атынан жіберілген.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="436"/>
        <source>The %1 line outside the signature was changed after signing; the signed %1 is shown.</source>
        <translation>Қолтаңбадан тыс %1 жолы қол қойылғаннан кейін өзгертілген; қол қойылған %1 көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="443"/>
        <source>The card&apos;s pages differ from the signed original (page %1) — do not trust the printout.</source>
        <translation>Карточка беттері қол қойылған түпнұсқадан өзгеше (%1-бет) — басып шығарылған нұсқаға сенбеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="447"/>
        <source>The card&apos;s pages differ from the signed original (pages %1) — do not trust the printout.</source>
        <translation>Карточка беттері қол қойылған түпнұсқадан өзгеше (беттер: %1) — басып шығарылған нұсқаға сенбеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="449"/>
        <source>The card&apos;s pages differ from the signed original — do not trust the printout.</source>
        <translation>Карточка беттері қол қойылған түпнұсқадан өзгеше — басып шығарылған нұсқаға сенбеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="452"/>
        <source>Not every page of the card could be compared with the signed original — rely on the attached original, not on the printout.</source>
        <translation>Карточканың барлық беті қол қойылған түпнұсқамен салыстырылмады — басып шығарылған нұсқаға емес, салынған түпнұсқаға сүйеніңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="456"/>
        <source>The signer&apos;s certificate names no e-mail address to compare with the sender.</source>
        <translation>Қол қоюшының сертификатында жіберушімен салыстыратын электрондық пошта мекенжайы жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="461"/>
        <source>the letter&apos;s text</source>
        <translation>хат мәтіні</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="465"/>
        <source>the rest of %1, outside the element %2</source>
        <translation>%1 файлының %2 элементінен тыс қалған бөлігі</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="471"/>
        <source>what was added to %1 after its last signature</source>
        <translation>%1 құжатына соңғы қолтаңбадан кейін қосылғаны</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="479"/>
        <source>⚠ Only a part of this letter is signed. The text shown below is NOT what was signed: rely only on the signed text in the card. Not covered: %1</source>
        <translation>⚠ Бұл хаттың тек бір бөлігіне қол қойылған. Төмендегі мәтін қол қойылған мәтін ЕМЕС: тек карточкадағы қол қойылған мәтінге сеніңіз. Қамтылмаған: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="483"/>
        <source>Not covered by any signature: %1</source>
        <translation>Ешбір қолтаңба қамтымаған: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="486"/>
        <source>The signature covers the letter&apos;s text and attachments, not its subject, sender or date lines.</source>
        <translation>Қолтаңба хаттың мәтіні мен тіркемелерін қамтиды, оның тақырыбын, жіберушісін және күнін қамтымайды.</translation>
    </message>
</context>
<context>
    <name>SignedFileWindow</name>
    <message>
        <location filename="../../ui/fileview.py" line="47"/>
        <location filename="../../ui/fileview.py" line="76"/>
        <source>Checking the signatures…</source>
        <translation>Қолтаңбалар тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="60"/>
        <source>Choose the signed document…</source>
        <translation>Қол қойылған құжатты таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="64"/>
        <source>Save as document card…</source>
        <translation>Құжат карточкасы ретінде сақтау…</translation>
    </message>
    <message>
        <source>Document card: every signature is valid over the original and proves itself.</source>
        <translation type="vanished">Құжат карточкасы: әр қолтаңба түпнұсқаға сәйкес және өзін-өзі дәлелдейді.</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="93"/>
        <source>Document card: do not trust its data, a signature fails the card&apos;s checks.</source>
        <translation>Құжат карточкасы: оның деректеріне сенбеңіз — қолтаңба карточка тексерулерінен өтпеді.</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="96"/>
        <source>Document card: the signatures are valid over the attached original, but the card&apos;s pages do not show it: do not trust the printout.</source>
        <translation>Құжат карточкасы: қолтаңбалар салынған түпнұсқа бойынша жарамды, бірақ карточка беттері оны көрсетпейді: басып шығарылған нұсқаға сенбеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="101"/>
        <source>Document card: every signature is valid over the original and proves itself, and the pages show them.</source>
        <translation>Құжат карточкасы: әр қолтаңба түпнұсқа бойынша жарамды және өзін-өзі дәлелдейді, беттер соларды көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="106"/>
        <source>This file holds no signature QazMail can find.</source>
        <translation>QazMail бұл файлдан қолтаңба таппады.</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="125"/>
        <source>The signed document: %1</source>
        <translation>Қол қойылған құжат: %1</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="147"/>
        <source>Document card saved to %1</source>
        <translation>Құжат карточкасы сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="153"/>
        <source>This file cannot be checked: %1</source>
        <translation>Бұл файлды тексеру мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="157"/>
        <source>The signed document</source>
        <translation>Қол қойылған құжат</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message numerus="yes">
        <location filename="../../ui/formatting.py" line="59"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SIZES</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="vanished">
            <numerusform>%n байт</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../cli/coretext.py" line="34"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 — бұл қалта, файл емес</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/keys.py" line="131"/>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
</context>
</TS>
