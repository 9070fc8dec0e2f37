<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="23"/>
        <source>About QazMail Desktop</source>
        <translation>QazMail Desktop туралы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="28"/>
        <source>Mail with electronic digital signatures (EDS) of the NCA of Kazakhstan.</source>
        <translation>Қазақстан ҰКО электрондық цифрлық қолтаңбасы (ЭЦҚ) бар пошта.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="32"/>
        <source>Native GOST:</source>
        <translation>Машиналық кодтағы ГОСТ:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="35"/>
        <source>no keyring on this computer: asked again in every session</source>
        <translation>бұл компьютерде құпиясөз қоймасы жоқ: әр сеанста қайта сұралады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="37"/>
        <source>Passwords kept in:</source>
        <translation>Құпиясөздер сақталатын орын:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="38"/>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="40"/>
        <source>Runs on:</source>
        <translation>Негізі:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="51"/>
        <source>yes (%1 arithmetic)</source>
        <translation>иә (%1 арифметикасы)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="52"/>
        <source>no: GOST signatures are made and checked in pure Python, 30-100 times slower</source>
        <translation>жоқ: ГОСТ қолтаңбалары таза Python-да жасалады және тексеріледі, 30–100 есе баяу</translation>
    </message>
</context>
<context>
    <name>AccountPasswordDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="58"/>
        <source>Mail password</source>
        <translation>Пошта құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="60"/>
        <source>Password of %1 at %2:</source>
        <translation>%2 серверіндегі %1 құпиясөзі:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="66"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="68"/>
        <source>Remember for this session</source>
        <translation>Осы сеанс соңына дейін есте сақтау</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="41"/>
        <source>Add mail account</source>
        <translation>Жаңа есептік жазба</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="41"/>
        <source>Account settings</source>
        <translation>Есептік жазба баптаулары</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="43"/>
        <source>Who are you?</source>
        <translation>Сіз кімсіз?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="50"/>
        <source>Account name:</source>
        <translation>Есептік жазба атауы:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="51"/>
        <source>Your name:</source>
        <translation>Сіздің атыңыз:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="52"/>
        <source>E-mail:</source>
        <translation>Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="53"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="55"/>
        <source>Servers</source>
        <translation>Серверлер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="66"/>
        <source>IMAP server:</source>
        <translation>IMAP сервері:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="67"/>
        <source>IMAP port:</source>
        <translation>IMAP порты:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="68"/>
        <source>SMTP server:</source>
        <translation>SMTP сервері:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="69"/>
        <source>SMTP port:</source>
        <translation>SMTP порты:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="70"/>
        <source>Security:</source>
        <translation>Қорғау:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="71"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="75"/>
        <source>SMTP security:</source>
        <translation>SMTP қорғанысы:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="89"/>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="112"/>
        <source>Insecure</source>
        <translation>Қауіпті</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="112"/>
        <source>Plain text is allowed for loopback only.</source>
        <translation>Шифрлаусыз тек жергілікті серверге қосылуға болады.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="115"/>
        <source>Missing</source>
        <translation>Толтырылмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="115"/>
        <source>Give an account name and an e-mail address.</source>
        <translation>Есептік жазба атауын және эл. пошта мекенжайын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="118"/>
        <source>Exists</source>
        <translation>Бар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="118"/>
        <source>An account with this name exists.</source>
        <translation>Мұндай атаумен есептік жазба бар.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="142"/>
        <source>No keyring</source>
        <translation>Құпиясөз қоймасы жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="144"/>
        <source>This system has no keyring: the password is kept for this session only and asked again later.</source>
        <translation>Жүйеде құпиясөз қоймасы жоқ: құпиясөз тек осы сеансқа сақталады және кейін қайта сұралады.</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="31"/>
        <source>Address book</source>
        <translation>Мекенжай кітабы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="34"/>
        <source>Find by name, e-mail, company, IIN or BIN</source>
        <translation>Аты, e-mail, ұйым, ЖСН немесе БСН бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="35"/>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="40"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="42"/>
        <source>Company</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="43"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="44"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="45"/>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="46"/>
        <source>Last letter</source>
        <translation>Соңғы хат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="47"/>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="49"/>
        <source>Correspondents</source>
        <translation>Хат алмасушылар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="54"/>
        <source>&amp;Write letter</source>
        <translation>&amp;Хат жазу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="57"/>
        <source>Reading the letters…</source>
        <translation>Хаттар оқылуда…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="69"/>
        <source>The letters could not be read: %1</source>
        <translation>Хаттарды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="96"/>
        <source>SHA-256 of the certificates:</source>
        <translation>Сертификаттардың SHA-256:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="109"/>
        <source>signed a document that %1 sent</source>
        <translation>%1 жіберген құжатқа қол қойған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="110"/>
        <source>signed a letter from %1 with a certificate for another address</source>
        <translation>%1 хатына басқа мекенжайға берілген сертификатпен қол қойған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="111"/>
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
        <location filename="../../qazmail_desktop/ui/preview.py" line="122"/>
        <source>A detached signature: it holds no document. The file it signs is attached beside it.</source>
        <translation>Бөлек қолтаңба: ішінде құжат жоқ. Ол қол қойған файл қасында тіркелген.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="125"/>
        <source>The document inside the signature: %1</source>
        <translation>Қолтаңба ішіндегі құжат: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="133"/>
        <source>Its XML signature does not match it: this is the file, not what was signed.</source>
        <translation>Оның XML қолтаңбасы сәйкес келмейді: бұл файлдың өзі, қол қойылған нұсқа емес.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="138"/>
        <source>What the XML signature covers: the element %1 only</source>
        <translation>XML қолтаңбасы қамтитыны: тек %1 элементі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="140"/>
        <source>What the XML signature covers: the whole document</source>
        <translation>XML қолтаңбасы қамтитыны: бүкіл құжат</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="149"/>
        <source>New letter — QazMail</source>
        <translation>Жаңа хат — QazMail</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="167"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="174"/>
        <source>From:</source>
        <translation>Кімнен:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="177"/>
        <source>Cc/Bcc</source>
        <translation>Көшірме/Жасырын</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="178"/>
        <source>Show the Cc and Bcc fields (Ctrl+Shift+C)</source>
        <translation>«Көшірме» және «Жасырын көшірме» өрістерін көрсету (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="183"/>
        <source>To:</source>
        <translation>Кімге:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="184"/>
        <source>Cc:</source>
        <translation>Көшірме:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="185"/>
        <source>Bcc:</source>
        <translation>Жасырын көшірме:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="186"/>
        <source>Subject:</source>
        <translation>Тақырып:</translation>
    </message>
    <message>
        <source>Sign with EDS</source>
        <translation type="vanished">ЭЦҚ-мен қол қою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="208"/>
        <source>Remove attachment</source>
        <translation>Тіркемені алып тастау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="220"/>
        <source>Sign with EDS (Alt+S)</source>
        <translation>ЭЦҚ-мен қол қою (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="226"/>
        <source>eGov Mobile (QR)</source>
        <translation>eGov Mobile (QR)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="229"/>
        <source>Sign each attachment (.sig)</source>
        <translation>Әр тіркемеге қол қою (.sig)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="235"/>
        <source>The letter and the files it signs pass through SIGEX to eGov Mobile.</source>
        <translation>Хат пен қол қойылатын файлдар SIGEX арқылы eGov Mobile-ға өтеді.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="250"/>
        <source>Attach…</source>
        <translation>Тіркеу…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="252"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="253"/>
        <source>Take the chosen attachments out of the letter (Delete)</source>
        <translation>Таңдалған тіркемелерді хаттан алып тастау (Delete)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="257"/>
        <source>Save draft</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="259"/>
        <source>Keep it in Drafts, where other devices see it too (Ctrl+S)</source>
        <translation>«Жобалар» қалтасында сақтау, оны басқа құрылғылар да көреді (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="262"/>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="330"/>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="349"/>
        <source>Cannot attach</source>
        <translation>Тіркеу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="350"/>
        <source>Only files can be attached; these are not files: %1</source>
        <translation>Тек файлдарды тіркеуге болады; мыналар файл емес: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="367"/>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="400"/>
        <source>The disk is full: this letter is not kept on disk, only in this window.</source>
        <translation>Диск толы: бұл хат дискіде сақталмаған, тек осы терезеде тұр.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="403"/>
        <source>This letter cannot be kept on disk (%1): it is only in this window.</source>
        <translation>Бұл хатты дискіде сақтау мүмкін емес (%1): ол тек осы терезеде.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="421"/>
        <source>Cannot save the draft</source>
        <translation>Жобаны сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="436"/>
        <location filename="../../qazmail_desktop/ui/compose.py" line="636"/>
        <source>Close the letter</source>
        <translation>Хатты жабу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="437"/>
        <source>Keep this letter in Drafts?</source>
        <translation>Хатты жобаларда сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="470"/>
        <source>%1 The letter was not sent. Free some space and send it again: it stays open here.</source>
        <translation>%1 Хат жіберілмеді. Дискіде орын босатып, қайта жіберіңіз: хат осында ашық тұрады.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="480"/>
        <source>No key</source>
        <translation>Кілт жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="480"/>
        <source>Add an EDS key in the key manager first.</source>
        <translation>Алдымен кілттер менеджерінде ЭЦҚ кілтін қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="519"/>
        <source>Letter: %1</source>
        <translation>Хат: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="519"/>
        <source>(no subject)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="521"/>
        <source>Nothing was sent: the letter stays open.</source>
        <translation>Ештеңе жіберілген жоқ: хат ашық тұр.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="530"/>
        <source>Signed in eGov Mobile. %1</source>
        <translation>eGov Mobile-да қол қойылды. %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="539"/>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="567"/>
        <source>These recipients are not e-mail addresses: %1. Correct them (double-click one to edit it) or remove them.</source>
        <translation>Бұл алушылар электрондық пошта мекенжайы емес: %1. Оларды түзетіңіз (өңдеу үшін біреуін екі рет басыңыз) немесе алып тастаңыз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="582"/>
        <source>The letter was sent, but QazMail could not record it: %1</source>
        <translation>Хат жіберілді, бірақ QazMail мұны жаза алмады: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="597"/>
        <source>Signed offline: the letter waits in the outbox for its time-stamp and leaves at the next sync online (Outbox… can send it without)</source>
        <translation>Желісіз қол қойылды: хат шығыс жәшігінде уақыт белгісін күтеді және желідегі келесі синхрондауда жіберіледі («Шығыс жәшігі…» арқылы онсыз жіберуге болады)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="601"/>
        <source>Not sent yet (%1): the letter waits in the outbox and is sent at the next sync</source>
        <translation>Әлі жіберілмеді (%1): хат шығыс жәшігінде күтеді және келесі синхрондауда жіберіледі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="637"/>
        <source>%1 Close it anyway and lose its text?</source>
        <translation>%1 Бәрібір жабып, мәтінін жоғалтасыз ба?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="469"/>
        <location filename="../../qazmail_desktop/ui/compose.py" line="565"/>
        <location filename="../../qazmail_desktop/ui/compose.py" line="610"/>
        <source>Cannot send</source>
        <translation>Жіберу мүмкін болмады</translation>
    </message>
    <message>
        <source>Offline: the letter waits in the outbox and is sent at the next sync</source>
        <translation type="vanished">Байланыс жоқ: хат шығыс қалтасында күтеді және келесі синхрондауда жіберіледі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="204"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <source>&amp;Sign with EDS</source>
        <translation type="vanished">ЭЦҚ-мен &amp;қол қою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="223"/>
        <source>EDS key</source>
        <translation>ЭЦҚ кілті</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="605"/>
        <source>The server refused the letter: %1</source>
        <translation>Сервер хатты қабылдамады: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="581"/>
        <location filename="../../qazmail_desktop/ui/compose.py" line="584"/>
        <location filename="../../qazmail_desktop/ui/compose.py" line="606"/>
        <source>Letter sent</source>
        <translation>Хат жіберілді</translation>
    </message>
</context>
<context>
    <name>DocumentCardDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="44"/>
        <source>Save as document card</source>
        <translation>Электрондық құжат карточкасы ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="48"/>
        <source>A document card is a PDF that carries the signed document and its signatures, with pages anyone can read; it proves itself offline, years later (kaarkz/ddcard).</source>
        <translation>Электрондық құжат карточкасы — ішінде қол қойылған құжат пен оның қолтаңбалары бар, кез келген адам оқи алатын беттері бар PDF; ол желісіз де, жылдар өткен соң да өзін дәлелдейді (kaarkz/ddcard).</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="56"/>
        <source>Signed document</source>
        <translation>Қол қойылған құжат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="58"/>
        <source>The letter itself</source>
        <translation>Хаттың өзі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="60"/>
        <source>Signed document:</source>
        <translation>Қол қойылған құжат:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="62"/>
        <source>Show the &amp;document on the card&apos;s pages</source>
        <translation>Карточка беттерінде &amp;құжатты көрсету</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="63"/>
        <source>A page for each &amp;signature</source>
        <translation>Әр &amp;қолтаңбаға жеке бет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="64"/>
        <source>The signatures as &amp;QR codes</source>
        <translation>Қолтаңбалар &amp;QR кодтар түрінде</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="70"/>
        <source>Save…</source>
        <translation>Сақтау…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="91"/>
        <source>Save document card</source>
        <translation>Электрондық құжат карточкасын сақтау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="117"/>
        <source>Cannot make the document card</source>
        <translation>Карточканы қалыптастыру мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="54"/>
        <source>Drawing the first page…</source>
        <translation>Бірінші бет салынуда…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="71"/>
        <source>No preview for this kind of file: use Open or Save… to see it.</source>
        <translation>Мұндай файлды алдын ала қарау мүмкін емес: оны ашыңыз немесе сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="90"/>
        <source>the file is not a readable PDF</source>
        <translation>файл оқылатын PDF емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="91"/>
        <source>the PDF is locked with a password</source>
        <translation>PDF құпиясөзбен қорғалған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="92"/>
        <source>the PDF has no pages</source>
        <translation>PDF-те бет жоқ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/preview.py" line="98"/>
        <source>Page 1 of %n</source>
        <translation>
            <numerusform>%n беттің 1-беті</numerusform>
            <numerusform>%n беттің 1-беті</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="101"/>
        <source>No preview: %1.</source>
        <translation>Алдын ала қарау мүмкін емес: %1.</translation>
    </message>
</context>
<context>
    <name>DraftListDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="17"/>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="20"/>
        <source>Drafts</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="18"/>
        <source>No letter is being written.</source>
        <translation>Басталған хат жоқ.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="19"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="19"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="19"/>
        <source>Account</source>
        <translation>Есептік жазба</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="21"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="21"/>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="35"/>
        <source>(no subject)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="211"/>
        <source>Welcome to QazMail</source>
        <translation>QazMail-ға қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="216"/>
        <source>&lt;h2&gt;QazMail&lt;/h2&gt;&lt;p&gt;Mail with electronic digital signatures (EDS) of the NCA of Kazakhstan.&lt;/p&gt;&lt;p&gt;Try the demo: a mail server on this computer with demo letters and keys, or add your own mail account.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QazMail&lt;/h2&gt;&lt;p&gt;Қазақстан ҰКО электрондық цифрлық қолтаңбасы (ЭЦҚ) бар пошта.&lt;/p&gt;&lt;p&gt;Демонстрацияны ашыңыз: осы компьютердегі демо хаттар мен кілттері бар пошта сервері, немесе өз есептік жазбаңызды қосыңыз.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="222"/>
        <source>Open the demo</source>
        <translation>Демонстрацияны ашу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="224"/>
        <source>Add my account</source>
        <translation>Менің есептік жазбамды қосу</translation>
    </message>
</context>
<context>
    <name>FolderModel</name>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="124"/>
        <location filename="../../qazmail_desktop/ui/models.py" line="154"/>
        <source>Folders</source>
        <translation>Бумалар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="186"/>
        <source>Inbox</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="187"/>
        <source>Sent</source>
        <translation>Жіберілгендер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="188"/>
        <source>Drafts</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="189"/>
        <source>Trash</source>
        <translation>Себет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="190"/>
        <source>Junk</source>
        <translation>Спам</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="191"/>
        <source>Archive</source>
        <translation>Мұрағат</translation>
    </message>
</context>
<context>
    <name>KeyManagerDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="138"/>
        <location filename="../../qazmail_desktop/ui/keys.py" line="150"/>
        <source>EDS keys</source>
        <translation>ЭЦҚ кілттері</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="142"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="143"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="144"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="145"/>
        <source>Company</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="146"/>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="147"/>
        <source>Valid until</source>
        <translation>Жарамды мерзімі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="148"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="153"/>
        <source>Add key…</source>
        <translation>Кілт қосу…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="155"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="168"/>
        <source>(open once to read)</source>
        <translation>(оқу үшін бір рет ашыңыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="183"/>
        <source>Renew the key at the NCA before it expires</source>
        <translation>Мерзімі өткенше ҰКО-да кілтті қайта шығарыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="189"/>
        <source>NCA key file</source>
        <translation>ҰКО кілт файлы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="189"/>
        <source>Keys (*.p12 *.pfx)</source>
        <translation>Кілттер (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="199"/>
        <source>Cannot add the key</source>
        <translation>Кілтті қосу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="117"/>
        <source>Folders</source>
        <translation>Қалталар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="127"/>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="185"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="237"/>
        <source>Main</source>
        <translation>Басты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="240"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="241"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="242"/>
        <source>&amp;Message</source>
        <translation>&amp;Хат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="243"/>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="244"/>
        <source>New</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="245"/>
        <source>Get mail</source>
        <translation>Поштаны алу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="246"/>
        <source>Open signed file…</source>
        <translation>Қол қойылған файлды ашу…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="247"/>
        <source>Drafts…</source>
        <translation>Жобалар…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="248"/>
        <source>Sign document…</source>
        <translation>Құжатқа қол қою…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="249"/>
        <source>Co-sign…</source>
        <translation>Қолтаңба қосу…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="250"/>
        <source>Add account…</source>
        <translation>Есептік жазба қосу…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="251"/>
        <source>Account settings…</source>
        <translation>Есептік жазба баптаулары…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="252"/>
        <source>Remove account…</source>
        <translation>Есептік жазбаны жою…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="253"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="255"/>
        <source>Group by conversation</source>
        <translation>Хат алмасу бойынша топтау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="258"/>
        <source>Reply</source>
        <translation>Жауап беру</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="259"/>
        <source>Reply all</source>
        <translation>Барлығына жауап</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="260"/>
        <source>Forward</source>
        <translation>Қайта жіберу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="261"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="262"/>
        <source>Archive</source>
        <translation>Мұрағаттау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="263"/>
        <source>Archive the selected letters (A)</source>
        <translation>Таңдалған хаттарды мұрағатқа жіберу (A)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="268"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="269"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="270"/>
        <source>Save as document card…</source>
        <translation>Құжат карточкасы ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="271"/>
        <source>Save signature register…</source>
        <translation>Қолтаңбалар тізілімін сақтау…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="272"/>
        <source>Move to…</source>
        <translation>Мұнда жылжыту…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="273"/>
        <source>Mark read/unread</source>
        <translation>Оқылды/оқылмады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="274"/>
        <source>Flag</source>
        <translation>Белгілеу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="275"/>
        <source>Verify signatures again</source>
        <translation>Қолтаңбаларды қайта тексеру</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="276"/>
        <source>Outbox…</source>
        <translation>Шығыс жәшігі…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="277"/>
        <source>EDS keys…</source>
        <translation>ЭЦҚ кілттері…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="278"/>
        <source>Address book…</source>
        <translation>Мекенжай кітабы…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="279"/>
        <source>Message rules…</source>
        <translation>Хат ережелері…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="280"/>
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="282"/>
        <source>About QazMail Desktop…</source>
        <translation>QazMail Desktop туралы…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="284"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="285"/>
        <source>Search: words, names, IIN, BIN, from:, status:…</source>
        <translation>Іздеу: сөздер, есімдер, ЖСН, БСН, from:, status:…</translation>
    </message>
    <message>
        <source>Search: words, names, IIN, BIN…</source>
        <translation type="vanished">Іздеу: сөздер, есімдер, ЖСН, БСН…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="497"/>
        <source>Sync cancelled: what was fetched is kept</source>
        <translation>Синхрондау тоқтатылды: алынғаны сақталды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="509"/>
        <source>No password was given for %1: its mail was not fetched.</source>
        <translation>%1 үшін құпиясөз берілмеді: оның поштасы алынған жоқ.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="534"/>
        <source>Syncing %1: %2 of %3</source>
        <translation>Синхрондау %1: %3 ішінен %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="544"/>
        <source>%n new letter(s)</source>
        <translation>
            <numerusform>%n жаңа хат</numerusform>
            <numerusform>%n жаңа хат</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="639"/>
        <source>Cannot open the draft</source>
        <translation>Жобаны ашу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="686"/>
        <source>On %1, %2 wrote:</source>
        <translation>%1 күні %2 жазды:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="688"/>
        <source>%1 wrote:</source>
        <translation>%1 жазды:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="722"/>
        <source>From: %1</source>
        <translation>Кімнен: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="724"/>
        <source>Date: %1</source>
        <translation>Күні: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="725"/>
        <source>Subject: %1</source>
        <translation>Тақырыбы: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="726"/>
        <source>To: %1</source>
        <translation>Кімге: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="728"/>
        <source>Cc: %1</source>
        <translation>Көшірме: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="804"/>
        <source>Archived %n letter(s)</source>
        <translation>
            <numerusform>%n хат мұрағатқа жіберілді</numerusform>
            <numerusform>%n хат мұрағатқа жіберілді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="852"/>
        <source>Print letter</source>
        <translation>Хатты басып шығару</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="855"/>
        <source>Letter printed</source>
        <translation>Хат басып шығаруға жіберілді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="863"/>
        <source>Save letter as PDF</source>
        <translation>Хатты PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="870"/>
        <source>Saved to %1</source>
        <translation>%1 файлына сақталды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="886"/>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="895"/>
        <source>Save as document card</source>
        <translation>Электрондық құжат карточкасы ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="887"/>
        <source>This letter carries no signed document to make a card of.</source>
        <translation>Бұл хатта карточка жасауға болатын қол қойылған құжат жоқ.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="903"/>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="933"/>
        <source>Save signature register</source>
        <translation>Қолтаңбалар тізілімін сақтау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="905"/>
        <source>No signed letter to list.</source>
        <translation>Тізілімге енгізетін қол қойылған хат жоқ.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="918"/>
        <source>A register is saved as .pdf, .xlsx or .csv: give the file one of these endings.</source>
        <translation>Тізілім .pdf, .xlsx немесе .csv ретінде сақталады: файл атын осы жалғаулардың бірімен аяқтаңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="979"/>
        <source>%n letter(s) found, the newest %1 shown</source>
        <translation>
            <numerusform>%n хат табылды, ең жаңа %1 хат көрсетілді</numerusform>
            <numerusform>%n хат табылды, ең жаңа %1 хат көрсетілді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="983"/>
        <source>(the search index is still being built: some letters are not found yet)</source>
        <translation>(іздеу индексі әлі құрылып жатыр: кейбір хаттар әзірге табылмайды)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="989"/>
        <source>Search failed: %1</source>
        <translation>Іздеу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="991"/>
        <source>Searching…</source>
        <translation>Ізделуде…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1014"/>
        <source>Signatures, PDF and XML (%1);;All files (*)</source>
        <translation>Қолтаңбалар, PDF және XML (%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>A register is saved as .pdf or .csv: give the file one of these endings.</source>
        <translation type="vanished">Тізілім .pdf немесе .csv ретінде сақталады: файлға осы кеңейтімдердің бірін беріңіз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="921"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n хат</numerusform>
            <numerusform>%n хат</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="930"/>
        <source>Register saved to %1</source>
        <translation>Тізілім сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="936"/>
        <source>Checking signatures: %1 of %2</source>
        <translation>Қолтаңбаларды тексеру: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="940"/>
        <source>Document card saved to %1</source>
        <translation>Құжат карточкасы сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="977"/>
        <source>Many letters found: the newest %1 are shown</source>
        <translation>Хат көп табылды: ең жаңа %1 хат көрсетілді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="981"/>
        <source>%n letter(s) found</source>
        <translation>
            <numerusform>%n хат табылды</numerusform>
            <numerusform>%n хат табылды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1012"/>
        <source>Open a signed file</source>
        <translation>Қол қойылған файлды ашу</translation>
    </message>
    <message>
        <source>Signatures and PDF (%1);;All files (*)</source>
        <translation type="vanished">Қолтаңбалар мен PDF (%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1045"/>
        <source>Signature written to %1</source>
        <translation>Қолтаңба %1 файлына жазылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1075"/>
        <source>Message rules</source>
        <translation>Хат ережелері</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1096"/>
        <source>No native GOST: 30-100 times slower</source>
        <translation>Машиналық кодтағы ГОСТ жоқ: 30–100 есе баяу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1100"/>
        <source>Native GOST is missing: GOST signatures are made and checked 30-100 times slower. Reinstall QazMail Desktop with a C compiler.</source>
        <translation>Машиналық кодтағы ГОСТ жоқ: ГОСТ қолтаңбалары 30–100 есе баяу жасалады және тексеріледі. QazMail Desktop-ты C компиляторымен қайта орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1132"/>
        <source>Remove account</source>
        <translation>Есептік жазбаны жою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1134"/>
        <source>Remove the account %1 from QazMail? Its letters are deleted from this computer only; they stay on the server. Letters not sent yet are dropped.</source>
        <translation>%1 есептік жазбасын QazMail-ден жою керек пе? Оның хаттары тек осы компьютерден жойылады, серверде қалады. Жіберілмеген хаттар жойылады.</translation>
    </message>
    <message>
        <source>%1 new letters</source>
        <translation type="vanished">Жаңа хаттар: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="551"/>
        <source>Mail is up to date</source>
        <translation>Пошта жаңартылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="560"/>
        <source>● Online</source>
        <translation>● Желіде</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="560"/>
        <source>○ Offline — working from the cache</source>
        <translation>○ Байланыс жоқ — жергілікті көшірмемен жұмыс</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="567"/>
        <source>Add a mail account first.</source>
        <translation>Алдымен пошта есептік жазбасын қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="722"/>
        <source>Forwarded letter</source>
        <translation>Қайта жіберілген хат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="812"/>
        <source>Move to</source>
        <translation>Жылжыту</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="812"/>
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
        <location filename="../../qazmail_desktop/ui/models.py" line="334"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="334"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="335"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="336"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="337"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="341"/>
        <source>Unread, flagged, attachments</source>
        <translation>Оқылмаған, белгіленген, тіркемелер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="341"/>
        <source>Electronic signature</source>
        <translation>Электрондық қолтаңба</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="380"/>
        <source>(no subject)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="394"/>
        <source>Unread</source>
        <translation>Оқылмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="395"/>
        <source>Flagged</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="396"/>
        <source>Has attachments</source>
        <translation>Тіркемелері бар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="411"/>
        <source>This letter could not be read: %1. It is kept as it arrived; open it to see its text.</source>
        <translation>Бұл хатты оқу мүмкін болмады: %1. Ол келген күйінде сақталды; мәтінін көру үшін оны ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="417"/>
        <source>Signed; not checked yet</source>
        <translation>Қол қойылған; әлі тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="420"/>
        <source>Partly signed: the text is not what was signed (%1)</source>
        <translation>Тек бір бөлігіне қол қойылған: хат мәтіні қол қойылған мәтін емес (%1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="422"/>
        <source>Signature valid</source>
        <translation>Қолтаңба дұрыс</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="423"/>
        <source>Signature not valid</source>
        <translation>Қолтаңба жарамсыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="424"/>
        <source>Signature with a warning</source>
        <translation>Ескертуі бар қолтаңба</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="425"/>
        <source>Signature not proven either way</source>
        <translation>Қолтаңба дәлелденбеген</translation>
    </message>
</context>
<context>
    <name>OperatorChips</name>
    <message>
        <location filename="../../qazmail_desktop/ui/searchbox.py" line="84"/>
        <source>Remove %1 from the search</source>
        <translation>%1 іздеуден алып тастау</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="22"/>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="111"/>
        <source>Outbox</source>
        <translation>Шығыс жәшігі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="23"/>
        <source>The outbox is empty: every letter was sent.</source>
        <translation>Шығыс жәшігі бос: барлық хат жіберілді.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="24"/>
        <source>Account</source>
        <translation>Есептік жазба</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="24"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="24"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="24"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="24"/>
        <source>Last attempt</source>
        <translation>Соңғы әрекет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="25"/>
        <source>Letters not sent yet</source>
        <translation>Әлі жіберілмеген хаттар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="26"/>
        <source>Send &amp;again</source>
        <translation>&amp;Қайта жіберу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="26"/>
        <source>&amp;Drop</source>
        <translation>&amp;Жібермеу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="26"/>
        <source>Send &amp;without time-stamp</source>
        <translation>Уақыт белгісі&amp;сіз жіберу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="36"/>
        <source>A letter signed offline waits for its time-stamp, which proves when it was signed. Sent without, its signing time is only your claim.</source>
        <translation>Желісіз қол қойылған хат уақыт белгісін күтеді — ол қашан қол қойылғанын дәлелдейді. Онсыз қол қою уақыты тек сіздің мәлімдемеңіз болады.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="59"/>
        <source>the server asked for it later: not before %1</source>
        <translation>сервер кейінірек жіберуді сұрады: %1 дейін емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="63"/>
        <source>may have been sent: ask the recipient, then Send again or Drop</source>
        <translation>жіберілген болуы мүмкін: алушыдан сұраңыз, содан кейін «Қайта жіберу» немесе «Алып тастау»</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="65"/>
        <source>waits for the next sync</source>
        <translation>келесі синхрондауды күтуде</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="66"/>
        <source>being sent</source>
        <translation>жіберілуде</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="67"/>
        <source>failed</source>
        <translation>сәтсіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="90"/>
        <source>Send without time-stamp?</source>
        <translation>Уақыт белгісіз жіберу керек пе?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="92"/>
        <source>Without its time-stamp, nothing proves when this letter was signed: its signing time is only your computer&apos;s claim, and whether your certificate was valid is judged whenever the letter is checked — after the certificate expires or is revoked, the signature will not be valid. Send it without the time-stamp?</source>
        <translation>Уақыт белгісі болмаса, хатқа қашан қол қойылғанын ештеңе дәлелдемейді: қол қою уақыты — тек компьютеріңіздің мәлімдемесі, ал сертификатыңыздың жарамдылығы хат тексерілген сайын бағаланады — сертификаттың мерзімі өткеннен немесе ол кері қайтарылғаннан кейін қолтаңба жарамсыз болады. Уақыт белгісіз жіберу керек пе?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="57"/>
        <source>signed offline: waits for its time-stamp</source>
        <translation>желісіз қол қойылды: уақыт белгісін күтеді</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="39"/>
        <source>Key password</source>
        <translation>Кілт құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="41"/>
        <source>Password for %1:</source>
        <translation>%1 үшін құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="45"/>
        <source>Keep for this session only</source>
        <translation>Тек осы сеансқа сақтау</translation>
    </message>
</context>
<context>
    <name>QrSignDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="171"/>
        <source>Sign with eGov Mobile</source>
        <translation>eGov Mobile арқылы қол қою</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="vanished">Құжат: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="184"/>
        <source>Connecting to SIGEX…</source>
        <translation>SIGEX-ке қосылуда…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="191"/>
        <source>QR code for eGov Mobile</source>
        <translation>eGov Mobile-ға арналған QR код</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="208"/>
        <source>Scan with the demo phone</source>
        <translation>Демо телефонмен сканерлеу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="210"/>
        <source>Decline on the demo phone</source>
        <translation>Демо телефонда бас тарту</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="217"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="265"/>
        <source>the attached files</source>
        <translation>тіркелген файлдар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="266"/>
        <source>the letter</source>
        <translation>хат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="267"/>
        <source>the document</source>
        <translation>құжат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="270"/>
        <source>Step %1 of %2: %3</source>
        <translation>%2 қадамның %1-қадамы: %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="292"/>
        <source>Scan the QR code with eGov Mobile. Waiting for the phone…</source>
        <translation>QR кодты eGov Mobile арқылы сканерлеңіз. Телефонды күтудеміз…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="305"/>
        <source>The QR code has expired</source>
        <translation>QR кодтың мерзімі бітті</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="309"/>
        <source>Expires in %1</source>
        <translation>Мерзімінің бітуіне %1 қалды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="319"/>
        <source>The phone has the attached files: confirm on the phone…</source>
        <translation>Тіркелген файлдар телефонда: телефонда растаңыз…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="320"/>
        <source>The phone has the letter: confirm on the phone…</source>
        <translation>Хат телефонда: телефонда растаңыз…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="321"/>
        <source>The phone has the document: confirm on the phone…</source>
        <translation>Құжат телефонда: телефонда растаңыз…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="340"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="357"/>
        <source>Declined on the phone.</source>
        <translation>Телефонда бас тартылды.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="358"/>
        <source>The QR code expired before the phone signed.</source>
        <translation>Телефон қол қойғанша QR кодтың мерзімі бітті.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="359"/>
        <source>SIGEX cannot be reached.</source>
        <translation>SIGEX қолжетімсіз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="360"/>
        <source>SIGEX did not answer in time.</source>
        <translation>SIGEX уақытында жауап бермеді.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="361"/>
        <source>SIGEX refused the signing procedure.</source>
        <translation>SIGEX қол қою рәсімін қабылдамады.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="362"/>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="363"/>
        <source>SIGEX gave an answer QazMail cannot use.</source>
        <translation>SIGEX QazMail пайдалана алмайтын жауап берді.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="364"/>
        <source>The signature eGov Mobile sent back is not valid.</source>
        <translation>eGov Mobile қайтарған қолтаңба жарамсыз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="366"/>
        <source>The attached files and the letter came back signed by different people (was the second QR code scanned by another phone?).</source>
        <translation>Тіркелген файлдар мен хатқа әртүрлі адамдар қол қойып қайтарды (екінші QR кодты басқа телефон сканерлеген жоқ па?).</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="370"/>
        <source>The earlier signature no longer proves the document: a co-signature would vouch for it.</source>
        <translation>Бұрынғы қолтаңба құжатты енді дәлелдемейді: қосылған қолтаңба оған кепілдік берер еді.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="373"/>
        <source>Signing with eGov Mobile was cancelled.</source>
        <translation>eGov Mobile арқылы қол қою тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="374"/>
        <source>Too much to sign at once: SIGEX takes %1 MiB at most.</source>
        <translation>Бір рет қол қоюға тым көп: SIGEX ең көбі %1 МиБ қабылдайды.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="378"/>
        <source>Signing with eGov Mobile failed.</source>
        <translation>eGov Mobile арқылы қол қою сәтсіз аяқталды.</translation>
    </message>
    <message>
        <source>Signed in eGov Mobile. The signature is written to %1</source>
        <translation type="vanished">eGov Mobile-да қол қойылды. Қолтаңба мына файлға жазылды: %1</translation>
    </message>
    <message>
        <source>Declined on the phone: nothing was signed or written.</source>
        <translation type="vanished">Телефонда бас тартылды: ештеңеге қол қойылған жоқ, ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>The QR code expired before the phone signed: nothing was written. Sign again.</source>
        <translation type="vanished">Телефон қол қойғанша QR кодтың мерзімі бітті: ештеңе жазылған жоқ. Қайта қол қойыңыз.</translation>
    </message>
    <message>
        <source>SIGEX cannot be reached: nothing was signed or written.</source>
        <translation type="vanished">SIGEX қолжетімсіз: ештеңеге қол қойылған жоқ, ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>SIGEX did not answer in time: nothing was signed or written.</source>
        <translation type="vanished">SIGEX уақытында жауап бермеді: ештеңеге қол қойылған жоқ, ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>SIGEX refused the signing procedure: nothing was signed or written.</source>
        <translation type="vanished">SIGEX қол қою рәсімін қабылдамады: ештеңеге қол қойылған жоқ, ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>SIGEX gave an answer QazMail cannot use: nothing was written.</source>
        <translation type="vanished">SIGEX QazMail пайдалана алмайтын жауап берді: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>The signature eGov Mobile sent back is not valid: nothing was written.</source>
        <translation type="vanished">eGov Mobile қайтарған қолтаңба жарамсыз: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="372"/>
        <source>The SIGEX address in the settings is not a service address.</source>
        <translation>Баптаулардағы SIGEX мекенжайы қызмет мекенжайы емес.</translation>
    </message>
    <message>
        <source>Signing with eGov Mobile was cancelled: nothing was written.</source>
        <translation type="vanished">eGov Mobile арқылы қол қою тоқтатылды: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Signing with eGov Mobile failed: nothing was written.</source>
        <translation type="vanished">eGov Mobile арқылы қол қою сәтсіз аяқталды: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="400"/>
        <source>The demo phone: %1</source>
        <translation>Демо телефон: %1</translation>
    </message>
</context>
<context>
    <name>QuickFilterBar</name>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="48"/>
        <source>Unread</source>
        <translation>Оқылмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="48"/>
        <source>Only unread letters</source>
        <translation>Тек оқылмаған хаттар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="49"/>
        <source>Flagged</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="49"/>
        <source>Only flagged letters</source>
        <translation>Тек белгіленген хаттар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="50"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="50"/>
        <source>Only letters with attachments</source>
        <translation>Тек тіркемесі бар хаттар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="51"/>
        <source>Signed</source>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="51"/>
        <source>Only letters with an electronic signature</source>
        <translation>Тек электрондық қолтаңбасы бар хаттар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="56"/>
        <source>Filter these letters…</source>
        <translation>Осы хаттарды сүзу…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="57"/>
        <source>Filter these letters</source>
        <translation>Осы хаттарды сүзу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="58"/>
        <source>Sender, recipients or subject (Ctrl+Shift+K)</source>
        <translation>Жіберуші, алушылар немесе тақырып (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="61"/>
        <source>Clear the filter</source>
        <translation>Сүзгіні тазалау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="122"/>
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
        <location filename="../../qazmail_desktop/ui/reading.py" line="142"/>
        <source>Show remote content</source>
        <translation>Сыртқы мазмұнды көрсету</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="154"/>
        <source>Letter text</source>
        <translation>Хат мәтіні</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="162"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="169"/>
        <source>Preview</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="172"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="173"/>
        <source>Save…</source>
        <translation>Сақтау…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="190"/>
        <source>No letter selected</source>
        <translation>Хат таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="203"/>
        <source>This letter cannot be shown: %1</source>
        <translation>Бұл хатты көрсету мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="207"/>
        <source>(no subject)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="209"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="209"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="209"/>
        <source>Cc</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="209"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="220"/>
        <source>The body of this letter cannot be shown (%1). Its bytes are kept; save it to inspect it.</source>
        <translation>Бұл хаттың мәтінін көрсету мүмкін емес (%1). Хат өзгеріссіз сақталды; оны тексеру үшін файлға сақтаңыз.</translation>
    </message>
    <message>
        <source>%1 remote images or links were blocked to protect your privacy.</source>
        <translation type="vanished">Құпиялылығыңызды қорғау үшін %1 сыртқы сурет немесе сілтеме бұғатталды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/reading.py" line="226"/>
        <source>%n remote image(s) or link(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>Құпиялығыңызды қорғау үшін %n сыртқы сурет не сілтеме бұғатталды.</numerusform>
            <numerusform>Құпиялығыңызды қорғау үшін %n сыртқы сурет не сілтеме бұғатталды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="250"/>
        <source>Ambiguous structure — not shown as signed. Mail programs can read this letter in different ways (%1). Below is its raw source, as it arrived.</source>
        <translation>Құрылымы екіұшты — қол қойылған ретінде көрсетілмейді. Пошта бағдарламалары бұл хатты әртүрлі оқи алады (%1). Төменде оның келген күйіндегі бастапқы мәтіні.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="254"/>
        <source>This letter&apos;s structure can be read in more than one way (%1).</source>
        <translation>Бұл хаттың құрылымын бірнеше түрлі оқуға болады (%1).</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="265"/>
        <source>an unclosed quote in %2</source>
        <translation>%2 өрісінде жабылмаған тырнақша</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="266"/>
        <source>the parameter %1 is given twice in %2</source>
        <translation>%1 параметрі %2 өрісінде екі рет берілген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="267"/>
        <source>the parameter %1 is given in two forms in %2</source>
        <translation>%1 параметрі %2 өрісінде екі түрде берілген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="268"/>
        <source>the boundary %1 overlaps the enclosing boundary %2</source>
        <translation>%1 шекарасы сыртқы %2 шекарасымен қабаттасады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="269"/>
        <source>a boundary line begins after a bare CR</source>
        <translation>шекара жолы жалғыз CR таңбасынан кейін басталады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="270"/>
        <source>a boundary line ends with a bare CR</source>
        <translation>шекара жолы жалғыз CR таңбасымен аяқталады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="271"/>
        <source>a header line is broken by the control character %1</source>
        <translation>тақырып жолы %1 басқару таңбасымен бөлінген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="272"/>
        <source>the header starts with a folded line</source>
        <translation>тақырып бөлігі жалғасу жолынан басталады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="273"/>
        <source>a header line without a colon: %1</source>
        <translation>қос нүктесіз тақырып жолы: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="274"/>
        <source>a header field name that is not one word before its colon: %1</source>
        <translation>қос нүкте алдындағы өріс атауы бір сөз емес: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="275"/>
        <source>the header field %1 is given twice</source>
        <translation>%1 тақырып өрісі екі рет берілген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="346"/>
        <source>%1, attached to the letter “%2”</source>
        <translation>%1, «%2» хатына тіркелген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="350"/>
        <location filename="../../qazmail_desktop/ui/reading.py" line="355"/>
        <source>Cannot open</source>
        <translation>Ашу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="356"/>
        <source>No program on this computer opens %1. Use Save… to keep it and open it yourself.</source>
        <translation>Бұл компьютерде %1 ашатын бағдарлама жоқ. Файлды сақтап (Сақтау…), өзіңіз ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="371"/>
        <source>Open a program?</source>
        <translation>Бағдарламаны ашу керек пе?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="373"/>
        <source>%1 is a program or a script: opening it runs it on this computer. Letters are a common way to spread harmful programs. Open it only if you expected it from this sender.</source>
        <translation>%1 — бағдарлама немесе скрипт: оны ашу оны осы компьютерде іске қосады. Зиянды бағдарламалар жиі хаттармен таралады. Оны осы жіберушіден күткен болсаңыз ғана ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="386"/>
        <source>Save attachment to folder</source>
        <translation>Тіркемені бумаға сақтау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="392"/>
        <source>Cannot save</source>
        <translation>Сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="394"/>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
</context>
<context>
    <name>RecipientField</name>
    <message>
        <location filename="../../qazmail_desktop/ui/recipients.py" line="517"/>
        <source>There is no @ in it: an e-mail address looks like name@example.kz</source>
        <translation>Мұнда @ таңбасы жоқ: электрондық пошта мекенжайы name@example.kz түрінде жазылады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/recipients.py" line="519"/>
        <source>An e-mail address has no spaces; separate recipients with commas</source>
        <translation>Электрондық пошта мекенжайында бос орын болмайды; алушыларды үтірмен бөліңіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/recipients.py" line="520"/>
        <source>This is not an e-mail address: an address looks like name@example.kz</source>
        <translation>Бұл электрондық пошта мекенжайы емес: мекенжай name@example.kz түрінде жазылады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/recipients.py" line="546"/>
        <source>Remove %1</source>
        <translation>%1 алып тастау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/recipients.py" line="547"/>
        <source>Remove this recipient (Backspace)</source>
        <translation>Бұл алушыны алып тастау (Backspace)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/recipients.py" line="667"/>
        <source>Chosen: %1. Backspace removes it.</source>
        <translation>Таңдалды: %1. Backspace оны алып тастайды.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="16"/>
        <source>Individual</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="17"/>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="18"/>
        <source>Head of the organisation</source>
        <translation>Ұйымның бірінші басшысы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="19"/>
        <source>Authorised to sign</source>
        <translation>Қол қою құқығы бар тұлға</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="20"/>
        <source>Authorised to sign financial documents</source>
        <translation>Қаржы құжаттарына қол қою құқығы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="21"/>
        <source>HR officer</source>
        <translation>Кадр бөлімінің қызметкері</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="22"/>
        <source>Employee</source>
        <translation>Ұйым қызметкері</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="23"/>
        <source>Information system</source>
        <translation>Ақпараттық жүйе</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="24"/>
        <source>Treasury client</source>
        <translation>Қазынашылық клиенті</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="34"/>
        <location filename="../../qazmail_desktop/ui/rules.py" line="98"/>
        <source>Message rules</source>
        <translation>Хат ережелері</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="36"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="36"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="36"/>
        <source>Then</source>
        <translation>Онда</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="36"/>
        <source>Rules</source>
        <translation>Ережелер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="45"/>
        <source>any role</source>
        <translation>кез келген рөл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="50"/>
        <source>any letter</source>
        <translation>кез келген хат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="51"/>
        <source>signature valid</source>
        <translation>қолтаңба жарамды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="52"/>
        <source>signature bad (modified, revoked, invalid)</source>
        <translation>қолтаңба жарамсыз (өзгертілген, кері қайтарылған, қате)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="53"/>
        <source>signature with warnings (untrusted, expired)</source>
        <translation>ескертуі бар қолтаңба (сенімсіз, мерзімі өткен)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="54"/>
        <source>signature not proven either way</source>
        <translation>қолтаңба расталмады да, жоққа шығарылмады да</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="58"/>
        <source>(do not move)</source>
        <translation>(жылжытпау)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="61"/>
        <source>Flag it</source>
        <translation>Жалаушамен белгілеу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="62"/>
        <source>Also when the signer&apos;s signature is not valid</source>
        <translation>Қол қоюшының қолтаңбасы жарамсыз болса да</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="65"/>
        <source>A rule on a signer (IIN, BIN, role) takes only letters whose signature by that signer is valid: a tampered, revoked or forged letter in their name is left where it is. Tick this to take those letters too.</source>
        <translation>Қол қоюшыға (ЖСН, БСН, рөл) арналған ереже тек сол қол қоюшының қолтаңбасы жарамды хаттарды алады: оның атынан өзгертілген, кері қайтарылған немесе жалған хат орнында қалады. Ондай хаттарды да алу үшін белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="71"/>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="72"/>
        <source>From contains:</source>
        <translation>Жіберуші құрамында:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="73"/>
        <source>Subject contains:</source>
        <translation>Тақырып құрамында:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="74"/>
        <source>Signer&apos;s IIN:</source>
        <translation>Қол қоюшының ЖСН:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="75"/>
        <source>Signer&apos;s BIN:</source>
        <translation>Қол қоюшының БСН:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="76"/>
        <source>Signer&apos;s role:</source>
        <translation>Қол қоюшының рөлі:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="78"/>
        <source>Signature:</source>
        <translation>Қолтаңба:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="79"/>
        <source>Move to:</source>
        <translation>Жылжыту:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="84"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Ереже қосу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="86"/>
        <source>&amp;Remove rule</source>
        <translation>Ережені &amp;жою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="88"/>
        <source>Apply to the inbox &amp;now</source>
        <translation>Кіріске &amp;қазір қолдану</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="108"/>
        <source>from</source>
        <translation>жіберуші</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="109"/>
        <source>subject</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="110"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="111"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="112"/>
        <source>role</source>
        <translation>рөл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="113"/>
        <source>signature</source>
        <translation>қолтаңба</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="118"/>
        <source>valid signatures only</source>
        <translation>тек жарамды қолтаңбалар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="119"/>
        <source>move to %1</source>
        <translation>%1 қалтасына жылжыту</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="120"/>
        <source>flag</source>
        <translation>белгілеу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="128"/>
        <source>Rule %1</source>
        <translation>Ереже %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="143"/>
        <source>Cannot add the rule</source>
        <translation>Ережені қосу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="163"/>
        <source>No letter in the inbox matched.</source>
        <translation>Кірістегі бірде-бір хат сәйкес келмеді.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="45"/>
        <source>Not a date: %1 (write 01.12.2026, 2026-12-01, today or yesterday)</source>
        <translation>Күн емес: %1 (01.12.2026, 2026-12-01, бүгін немесе кеше деп жазыңыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="48"/>
        <source>%2: needs a value</source>
        <translation>%2: мәні қажет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="49"/>
        <source>%2: takes 12 digits, not %1</source>
        <translation>%2: %1 емес, 12 цифр қажет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="50"/>
        <source>has: takes attachment or signature, not %1</source>
        <translation>has: %1 емес, attachment немесе signature қажет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="51"/>
        <source>status: takes %3, not %1</source>
        <translation>status: %1 емес, мыналардың бірі қажет: %3</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="35"/>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (байланыс басынан шифрланады)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="36"/>
        <source>STARTTLS (encrypted after connecting)</source>
        <translation>STARTTLS (қосылғаннан кейін шифрланады)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="37"/>
        <source>None (this computer only)</source>
        <translation>Шифрлаусыз (тек осы компьютер)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="157"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="160"/>
        <source>System language</source>
        <translation>Жүйе тілі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="164"/>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="165"/>
        <source>The language changes after a restart.</source>
        <translation>Тіл қайта іске қосқаннан кейін өзгереді.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="167"/>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="167"/>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="167"/>
        <source>Dark</source>
        <translation>Күңгірт</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="170"/>
        <source>Theme:</source>
        <translation>Безендіру:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="175"/>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="188"/>
        <source>SIGEX address</source>
        <translation>SIGEX мекенжайы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="176"/>
        <source>SIGEX address (eGov Mobile):</source>
        <translation>SIGEX мекенжайы (eGov Mobile):</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="189"/>
        <source>This is not an address signing by QR can use (%1). Give an https:// address.</source>
        <translation>Бұл мекенжайды QR арқылы қол қоюға пайдалану мүмкін емес (%1). https:// мекенжайын көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>SignDocumentDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="93"/>
        <location filename="../../qazmail_desktop/ui/documents.py" line="150"/>
        <source>Co-sign</source>
        <translation>Қолтаңба қосу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="93"/>
        <source>Sign document</source>
        <translation>Құжатқа қол қою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="98"/>
        <source>Signature file</source>
        <translation>Қолтаңба файлы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="98"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="100"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="105"/>
        <source>Signature file:</source>
        <translation>Қолтаңба файлы:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="105"/>
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="120"/>
        <source>EDS key</source>
        <translation>ЭЦҚ кілті</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="121"/>
        <source>EDS key:</source>
        <translation>ЭЦҚ кілті:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="124"/>
        <source>The document passes through SIGEX (%1) to eGov Mobile.</source>
        <translation>Құжат SIGEX (%1) арқылы eGov Mobile-ға өтеді.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="130"/>
        <source>&amp;Detached signature (the document stays as it is, the signature beside it)</source>
        <translation>&amp;Бөлек қолтаңба (құжат өзгермейді, қолтаңба қасында)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="135"/>
        <source>Add a &amp;time-stamp (proves when it was signed)</source>
        <translation>&amp;Уақыт белгісін қосу (қол қойылған уақытты дәлелдейді)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="192"/>
        <source>&amp;XML signature inside the document (as e-government services sign XML)</source>
        <translation>Құжат ішіндегі &amp;XML қолтаңбасы (электрондық үкімет қызметтері XML-ге осылай қол қояды)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="150"/>
        <source>Sign</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="109"/>
        <source>&amp;Key file (.p12)</source>
        <translation>&amp;Кілт файлы (.p12)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="111"/>
        <source>e&amp;Gov Mobile (QR)</source>
        <translation>e&amp;Gov Mobile (QR)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="118"/>
        <source>Sign with:</source>
        <translation>Қол қою тәсілі:</translation>
    </message>
    <message>
        <source>The document passes through SIGEX (sigex.kz) to eGov Mobile.</source>
        <translation type="vanished">Құжат SIGEX (sigex.kz) арқылы eGov Mobile-ға өтеді.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="194"/>
        <source>Signature &amp;inside the PDF (PAdES: PDF readers show it)</source>
        <translation>&amp;PDF ішіндегі қолтаңба (PAdES: PDF оқу бағдарламалары оны көрсетеді)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="200"/>
        <source>The signature will be written to %1</source>
        <translation>Қолтаңба %1 файлына жазылады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="203"/>
        <source>The signature to co-sign</source>
        <translation>Қолтаңба қосылатын файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="203"/>
        <source>The document to sign</source>
        <translation>Қол қойылатын құжат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="215"/>
        <source>No key</source>
        <translation>Кілт жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="215"/>
        <source>Add an EDS key in the key manager first.</source>
        <translation>Алдымен кілттер менеджеріне ЭЦҚ кілтін қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="218"/>
        <location filename="../../qazmail_desktop/ui/documents.py" line="316"/>
        <location filename="../../qazmail_desktop/ui/documents.py" line="344"/>
        <source>Cannot sign</source>
        <translation>Қол қою мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="218"/>
        <source>No such file: %1</source>
        <translation>Файл табылмады: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="258"/>
        <source>Signature file: %1</source>
        <translation>Қолтаңба файлы: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="258"/>
        <source>Document: %1</source>
        <translation>Құжат: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="259"/>
        <source>Nothing was written.</source>
        <translation>Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="274"/>
        <source>Signed in eGov Mobile. The signature is written to %1</source>
        <translation>eGov Mobile-да қол қойылды. Қолтаңба мына файлға жазылды: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="315"/>
        <source>The signature would be written over %1. Move or rename that file first.</source>
        <translation>Қолтаңба %1 файлының үстіне жазылар еді. Алдымен ол файлды жылжытыңыз немесе атын өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="323"/>
        <source>Sign an empty file?</source>
        <translation>Бос файлға қол қою керек пе?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="324"/>
        <source>%1 is empty: the signature will cover no content. Sign it anyway?</source>
        <translation>%1 бос: қолтаңба ешбір мазмұнды қамтымайды. Бәрібір қол қою керек пе?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="334"/>
        <source>Replace?</source>
        <translation>Ауыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="334"/>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 бұрыннан бар. Ауыстыру керек пе?</translation>
    </message>
</context>
<context>
    <name>SignatureCard</name>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="136"/>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <source>A part of the letter only</source>
        <translation type="vanished">Хаттың тек бір бөлігі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="140"/>
        <source>Document: %1</source>
        <translation>Құжат: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="142"/>
        <source>Attachment: %1</source>
        <translation>Тіркеме: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="150"/>
        <source>Show the signature&apos;s card</source>
        <translation>Қолтаңба карточкасын көрсету</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="165"/>
        <source> and %1 more</source>
        <translation> және тағы %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="173"/>
        <source>Details…</source>
        <translation>Толығырақ…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="237"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="237"/>
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
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="106"/>
        <source>%1 — element %2 only</source>
        <translation>%1 — тек %2 элементі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="138"/>
        <source>Only a part of the letter is signed</source>
        <translation>Хаттың тек бір бөлігіне қол қойылған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="154"/>
        <source>signature valid</source>
        <translation>қолтаңба жарамды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="186"/>
        <source>What this signature really covers:</source>
        <translation>Бұл қолтаңба шын мәнінде нені қамтиды:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="247"/>
        <source>Signed no later than %1 (proven by a trusted time-stamp)</source>
        <translation>%1 кешіктірмей қол қойылған (сенімді уақыт белгісімен дәлелденген)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="252"/>
        <source>Signing time claimed by the signer: %1 (not proven; checked as of now)</source>
        <translation>Қол қоюшы көрсеткен уақыт: %1 (дәлелденбеген; қазіргі сәтке тексерілді)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="260"/>
        <source>time-stamped %1</source>
        <translation>уақыт белгісі: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="263"/>
        <source>time claimed: %1</source>
        <translation>мәлімделген уақыт: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="268"/>
        <source>Signature valid</source>
        <translation>Қолтаңба дұрыс</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="269"/>
        <source>Signature intact, revocation status unknown</source>
        <translation>Қолтаңба бүтін, кері шақырылу мәртебесі белгісіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="270"/>
        <source>Signed document missing</source>
        <translation>Қол қойылған құжат жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="271"/>
        <source>Document modified after signing</source>
        <translation>Құжат қол қойылғаннан кейін өзгертілді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="272"/>
        <source>Signature invalid</source>
        <translation>Қолтаңба жарамсыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="273"/>
        <source>Key not for signing</source>
        <translation>Кілт қол қоюға арналмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="274"/>
        <source>Certificate suspended</source>
        <translation>Сертификат тоқтатыла тұрды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="275"/>
        <source>Certificate revoked</source>
        <translation>Сертификат кері шақырылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="276"/>
        <source>Certificate expired</source>
        <translation>Сертификаттың мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="277"/>
        <source>Certificate not yet valid</source>
        <translation>Сертификат әлі жарамсыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="278"/>
        <source>Untrusted certificate</source>
        <translation>Сенімсіз сертификат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="279"/>
        <source>Older NCA generation</source>
        <translation>ҰКО-ның ескі буыны</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="280"/>
        <source>Unsupported algorithm</source>
        <translation>Алгоритм қолдау көрсетілмейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="281"/>
        <source>Ambiguous structure — not shown as signed</source>
        <translation>Құрылымы екіұшты — қол қойылған ретінде көрсетілмейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="282"/>
        <source>Damaged signature</source>
        <translation>Қолтаңба зақымдалған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="290"/>
        <source>No CRL or OCSP answer at hand says whether the certificate was revoked. Go online and check again.</source>
        <translation>CRL де, OCSP жауабы да сертификаттың кері шақырылған-шақырылмағанын көрсетпейді. Желіге қосылып, қайта тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="292"/>
        <source>The signed document is needed to check that it was not changed.</source>
        <translation>Құжаттың өзгермегенін тексеру үшін қол қойылған құжаттың өзі қажет.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="294"/>
        <source>This is an authentication (AUTH) key: it cannot sign documents, so this is not a valid signature.</source>
        <translation>Бұл аутентификация (AUTH) кілті: онымен құжаттарға қол қоюға болмайды, сондықтан қолтаңба жарамсыз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="297"/>
        <source>The certificate had expired at the time that counts. Without a trusted time-stamp that time is now.</source>
        <translation>Маңызды сәтте сертификаттың мерзімі өтіп кеткен. Сенімді уақыт белгісі болмаса, бұл сәт — қазір.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="300"/>
        <source>The certificate was suspended (on hold) at the time that counts. The CA may lift the suspension: check again later.</source>
        <translation>Есепке алынатын уақытта сертификаттың әрекеті тоқтатыла тұрған еді. Куәландырушы орталық тоқтатуды алып тастауы мүмкін: кейінірек қайта тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="303"/>
        <source>The certificate was revoked before the time that counts.</source>
        <translation>Сертификат маңызды сәтке дейін кері шақырылған.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="304"/>
        <source>The certificate does not lead to a certification authority you trust.</source>
        <translation>Сертификат сіз сенетін куәландырушы орталыққа апармайды.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="305"/>
        <source>The document was changed after it was signed: do not rely on it.</source>
        <translation>Құжат қол қойылғаннан кейін өзгертілген: оған сенуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="306"/>
        <source>The signature does not match the document and the signer&apos;s key.</source>
        <translation>Қолтаңба құжатқа және қол қоюшының кілтіне сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="307"/>
        <source>The certificate was not yet valid at the time that counts.</source>
        <translation>Маңызды сәтте сертификат әлі күшіне енбеген.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="309"/>
        <source>Made under an older NCA generation (2011–2016) this version cannot check: it is neither proven valid nor shown invalid.</source>
        <translation>ҰКО-ның осы нұсқа тексере алмайтын ескі буынында (2011–2016) жасалған: жарамдылығы дәлелденбеген, жарамсыздығы да көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="312"/>
        <source>QazMail cannot check this kind of signature.</source>
        <translation>QazMail мұндай қолтаңбаны тексере алмайды.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="314"/>
        <source>This letter is built so that mail programs can show different text under the same signature. QazMail does not say which text was signed: ask the sender for the document again.</source>
        <translation>Бұл хат пошта бағдарламалары бір қолтаңбаның астында әртүрлі мәтін көрсете алатындай етіп құрастырылған. QazMail қай мәтінге қол қойылғанын айтпайды: жіберушіден құжатты қайта сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="317"/>
        <source>The signature is damaged and cannot be read.</source>
        <translation>Қолтаңба зақымдалған, оны оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="324"/>
        <source>Certificate issued by the NCA root</source>
        <translation>Сертификатты Негізгі куәландырушы орталық берген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="325"/>
        <source>Certificate issued by the NCA</source>
        <translation>Сертификатты Ұлттық куәландырушы орталық берген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="326"/>
        <source>Certificate issued by the state bodies&apos; CA (УЦГО)</source>
        <translation>Сертификатты мемлекеттік органдардың куәландырушы орталығы берген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="327"/>
        <source>Certificate issued by BTS Digital&apos;s CA</source>
        <translation>Сертификатты BTS Digital куәландырушы орталығы берген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="333"/>
        <source>Signature details</source>
        <translation>Қолтаңба туралы мәлімет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="338"/>
        <source>Signer %1</source>
        <translation>Қол қоюшы %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="346"/>
        <source>Time-stamp: %1 by %2</source>
        <translation>Уақыт белгісі: %1, берген: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="352"/>
        <source>  Certificate chain:</source>
        <translation>  Сертификаттар тізбегі:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="354"/>
        <source>  Revocation: %1</source>
        <translation>  Кері шақыру: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="356"/>
        <source>  Issuing CAs: %1</source>
        <translation>  Куәландырушы орталықтар: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="360"/>
        <source>Evidence: %1 of %2, issued %3</source>
        <translation>Дәлел: %1 (%2), шығарылған %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="366"/>
        <source>Serial</source>
        <translation>Сериялық нөмір</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="366"/>
        <source>Valid</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="366"/>
        <source>Issuer</source>
        <translation>Берген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="366"/>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="374"/>
        <source>Template: %1</source>
        <translation>Үлгі: %1</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="429"/>
        <source>Signed by %1, but the letter says it is from %2.</source>
        <translation>Қол қойған — %1, бірақ хат %2 атынан жіберілген.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="436"/>
        <source>The %1 line outside the signature was changed after signing; the signed %1 is shown.</source>
        <translation>Қолтаңбадан тыс %1 жолы қол қойылғаннан кейін өзгертілген; қол қойылған %1 көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="443"/>
        <source>The card&apos;s pages differ from the signed original (page %1) — do not trust the printout.</source>
        <translation>Карточка беттері қол қойылған түпнұсқадан өзгеше (%1-бет) — басып шығарылған нұсқаға сенбеңіз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="447"/>
        <source>The card&apos;s pages differ from the signed original (pages %1) — do not trust the printout.</source>
        <translation>Карточка беттері қол қойылған түпнұсқадан өзгеше (беттер: %1) — басып шығарылған нұсқаға сенбеңіз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="449"/>
        <source>The card&apos;s pages differ from the signed original — do not trust the printout.</source>
        <translation>Карточка беттері қол қойылған түпнұсқадан өзгеше — басып шығарылған нұсқаға сенбеңіз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="452"/>
        <source>Not every page of the card could be compared with the signed original — rely on the attached original, not on the printout.</source>
        <translation>Карточканың барлық беті қол қойылған түпнұсқамен салыстырылмады — басып шығарылған нұсқаға емес, салынған түпнұсқаға сүйеніңіз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="456"/>
        <source>The signer&apos;s certificate names no e-mail address to compare with the sender.</source>
        <translation>Қол қоюшының сертификатында жіберушімен салыстыратын электрондық пошта мекенжайы жоқ.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="461"/>
        <source>the letter&apos;s text</source>
        <translation>хат мәтіні</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="465"/>
        <source>the rest of %1, outside the element %2</source>
        <translation>%1 файлының %2 элементінен тыс қалған бөлігі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="471"/>
        <source>what was added to %1 after its last signature</source>
        <translation>%1 құжатына соңғы қолтаңбадан кейін қосылғаны</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="479"/>
        <source>⚠ Only a part of this letter is signed. The text shown below is NOT what was signed: rely only on the signed text in the card. Not covered: %1</source>
        <translation>⚠ Бұл хаттың тек бір бөлігіне қол қойылған. Төмендегі мәтін қол қойылған мәтін ЕМЕС: тек карточкадағы қол қойылған мәтінге сеніңіз. Қамтылмаған: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="483"/>
        <source>Not covered by any signature: %1</source>
        <translation>Ешбір қолтаңба қамтымаған: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="486"/>
        <source>The signature covers the letter&apos;s text and attachments, not its subject, sender or date lines.</source>
        <translation>Қолтаңба хаттың мәтіні мен тіркемелерін қамтиды, оның тақырыбын, жіберушісін және күнін қамтымайды.</translation>
    </message>
</context>
<context>
    <name>SignedFileWindow</name>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="47"/>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="76"/>
        <source>Checking the signatures…</source>
        <translation>Қолтаңбалар тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="60"/>
        <source>Choose the signed document…</source>
        <translation>Қол қойылған құжатты таңдау…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="64"/>
        <source>Save as document card…</source>
        <translation>Құжат карточкасы ретінде сақтау…</translation>
    </message>
    <message>
        <source>Document card: every signature is valid over the original and proves itself.</source>
        <translation type="vanished">Құжат карточкасы: әр қолтаңба түпнұсқаға сәйкес және өзін-өзі дәлелдейді.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="93"/>
        <source>Document card: do not trust its data, a signature fails the card&apos;s checks.</source>
        <translation>Құжат карточкасы: оның деректеріне сенбеңіз — қолтаңба карточка тексерулерінен өтпеді.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="96"/>
        <source>Document card: the signatures are valid over the attached original, but the card&apos;s pages do not show it: do not trust the printout.</source>
        <translation>Құжат карточкасы: қолтаңбалар салынған түпнұсқа бойынша жарамды, бірақ карточка беттері оны көрсетпейді: басып шығарылған нұсқаға сенбеңіз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="101"/>
        <source>Document card: every signature is valid over the original and proves itself, and the pages show them.</source>
        <translation>Құжат карточкасы: әр қолтаңба түпнұсқа бойынша жарамды және өзін-өзі дәлелдейді, беттер соларды көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="106"/>
        <source>This file holds no signature QazMail can find.</source>
        <translation>QazMail бұл файлдан қолтаңба таппады.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="125"/>
        <source>The signed document: %1</source>
        <translation>Қол қойылған құжат: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="147"/>
        <source>Document card saved to %1</source>
        <translation>Құжат карточкасы сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="153"/>
        <source>This file cannot be checked: %1</source>
        <translation>Бұл файлды тексеру мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="157"/>
        <source>The signed document</source>
        <translation>Қол қойылған құжат</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/formatting.py" line="59"/>
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
    <name>cli</name>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="39"/>
        <source>environment variable %1 is not set</source>
        <translation>%1 орта айнымалысы орнатылмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="42"/>
        <source>no terminal to ask for the password: use --password-env VAR</source>
        <translation>құпиясөзді сұрайтын терминал жоқ: --password-env VAR пайдаланыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="46"/>
        <source>no password given</source>
        <translation>құпиясөз берілмеді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="56"/>
        <source>output folder does not exist: %1</source>
        <translation>шығыс қалтасы жоқ: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="58"/>
        <source>%1 is a folder: name the file to write</source>
        <translation>%1 — қалта: жазылатын файлдың атын көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="63"/>
        <source>the output %1 is the input %2: write to another file</source>
        <translation>%1 шығыс файлы — %2 кіріс файлының өзі: басқа файлға жазыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="69"/>
        <source>%1 exists: add --force to replace it</source>
        <translation>%1 бұрыннан бар: ауыстыру үшін --force қосыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="88"/>
        <location filename="../../qazmail_desktop/cli/mail.py" line="218"/>
        <location filename="../../qazmail_desktop/cli/mail.py" line="542"/>
        <source>note: %1</source>
        <translation>ескерту: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="52"/>
        <source>Password for %1 at %2: </source>
        <translation>%2 серверіндегі %1 құпиясөзі: </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="67"/>
        <source>an account named %1 exists already</source>
        <translation>%1 атты есептік жазба бұрыннан бар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="85"/>
        <source>--security none is allowed for loopback servers only, not %1</source>
        <translation>--security none тек loopback серверлеріне рұқсат етіледі, %1 үшін емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="60"/>
        <source>Signature valid</source>
        <translation>Қолтаңба дұрыс</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="61"/>
        <source>Signature intact, revocation status unknown</source>
        <translation>Қолтаңба бүтін, кері шақырылу мәртебесі белгісіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="62"/>
        <source>Signed document missing</source>
        <translation>Қол қойылған құжат жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="63"/>
        <source>Document modified after signing</source>
        <translation>Құжат қол қойылғаннан кейін өзгертілді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="64"/>
        <source>Signature invalid</source>
        <translation>Қолтаңба жарамсыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="65"/>
        <source>Key not for signing</source>
        <translation>Кілт қол қоюға арналмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="66"/>
        <source>Certificate suspended</source>
        <translation>Сертификат тоқтатыла тұрды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="67"/>
        <source>Certificate revoked</source>
        <translation>Сертификат кері шақырылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="68"/>
        <source>Certificate expired</source>
        <translation>Сертификаттың мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="69"/>
        <source>Certificate not yet valid</source>
        <translation>Сертификат әлі жарамсыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="70"/>
        <source>Untrusted certificate</source>
        <translation>Сенімсіз сертификат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="71"/>
        <source>Older NCA generation</source>
        <translation>ҰКО-ның ескі буыны</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="72"/>
        <source>Unsupported algorithm</source>
        <translation>Алгоритм қолдау көрсетілмейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="73"/>
        <source>Ambiguous structure — not shown as signed</source>
        <translation>Құрылымы екіұшты — қол қойылған ретінде көрсетілмейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="74"/>
        <source>Damaged signature</source>
        <translation>Қолтаңба зақымдалған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="79"/>
        <source>Individual</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="80"/>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="81"/>
        <source>Head of the organisation</source>
        <translation>Ұйымның бірінші басшысы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="82"/>
        <source>Authorised to sign</source>
        <translation>Қол қою құқығы бар тұлға</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="83"/>
        <source>Authorised to sign financial documents</source>
        <translation>Қаржы құжаттарына қол қою құқығы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="84"/>
        <source>HR officer</source>
        <translation>Кадр бөлімінің қызметкері</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="85"/>
        <source>Employee</source>
        <translation>Ұйым қызметкері</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="86"/>
        <source>Information system</source>
        <translation>Ақпараттық жүйе</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="87"/>
        <source>Treasury client</source>
        <translation>Қазынашылық клиенті</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="92"/>
        <source>Root CA of the Republic of Kazakhstan policy</source>
        <translation>Қазақстан Республикасының түбірлік КО саясаты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="93"/>
        <source>NCA regulations (certificates before 2022)</source>
        <translation>ҰКО регламенті (2022 жылға дейінгі куәліктер)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="94"/>
        <source>NCA certificate policy</source>
        <translation>ҰКО куәліктерін қолдану саясаты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="95"/>
        <source>NCA policy: legal entity, signature</source>
        <translation>ҰКО саясаты: заңды тұлға, қолтаңба</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="96"/>
        <source>NCA policy: legal entity, authentication</source>
        <translation>ҰКО саясаты: заңды тұлға, аутентификация</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="97"/>
        <source>NCA policy: individual, signature</source>
        <translation>ҰКО саясаты: жеке тұлға, қолтаңба</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="98"/>
        <source>NCA policy: individual, authentication</source>
        <translation>ҰКО саясаты: жеке тұлға, аутентификация</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="103"/>
        <source>signer:</source>
        <translation>қол қоюшы:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="104"/>
        <location filename="../../qazmail_desktop/cli/eds.py" line="552"/>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="105"/>
        <source>organization:</source>
        <translation>ұйым:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="106"/>
        <source>roles:</source>
        <translation>рөлдері:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="107"/>
        <source>template:</source>
        <translation>үлгі:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="108"/>
        <source>certificate:</source>
        <translation>куәлік:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="109"/>
        <source>signed by:</source>
        <translation>қол қойылған уақыт:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="110"/>
        <source>signingTime:</source>
        <translation>мәлімделген уақыт:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="111"/>
        <source>time-stamp:</source>
        <translation>уақыт белгісі:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="112"/>
        <source>judged at:</source>
        <translation>бағалау сәті:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="113"/>
        <source>revocation:</source>
        <translation>кері қайтарылуы:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="114"/>
        <source>issuing CAs:</source>
        <translation>беруші КО:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="172"/>
        <source>key file: %1</source>
        <translation>кілт файлы: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="173"/>
        <location filename="../../qazmail_desktop/cli/mail.py" line="86"/>
        <location filename="../../qazmail_desktop/cli/mail.py" line="522"/>
        <source>Password for %1: </source>
        <translation>%1 құпиясөзі: </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="199"/>
        <source>choose one of --xml (an XML document) and --pades (a PDF)</source>
        <translation>біреуін таңдаңыз: --xml (XML құжаты) немесе --pades (PDF)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="207"/>
        <source>%1 is too large to embed; sign it with --detached</source>
        <translation>%1 қолтаңбаның ішіне енгізу үшін тым үлкен; оған --detached арқылы қол қойыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="209"/>
        <location filename="../../qazmail_desktop/cli/eds.py" line="225"/>
        <source>warning: %1 is empty: the signature will cover no content</source>
        <translation>ескерту: %1 бос: қолтаңба ешбір мазмұнды қамтымайды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="220"/>
        <source>--qr makes a CMS: not with --xml or --pades</source>
        <translation>--qr CMS жасайды: --xml немесе --pades-пен бірге емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="222"/>
        <location filename="../../qazmail_desktop/cli/eds.py" line="308"/>
        <location filename="../../qazmail_desktop/cli/mail.py" line="527"/>
        <source>--qr: eGov Mobile time-stamps its signature itself; leave out --tsa</source>
        <translation>--qr: eGov Mobile қолтаңбасына уақыт белгісін өзі қояды; --tsa қажет емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="23"/>
        <source>--sigex: %1</source>
        <translation>--sigex: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="44"/>
        <source>the letter and the files it signs pass through SIGEX to eGov Mobile</source>
        <translation>хат пен қол қойылатын файлдар SIGEX арқылы eGov Mobile-ға өтеді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="46"/>
        <source>the document passes through SIGEX to eGov Mobile</source>
        <translation>құжат SIGEX арқылы eGov Mobile-ға өтеді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="57"/>
        <source>the link is too long for a QR code in the terminal: open it on the phone</source>
        <translation>сілтеме терминалдағы QR код үшін тым ұзын: оны телефонда ашыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="59"/>
        <source>SIGEX gave no link: scan its QR code in %1</source>
        <translation>SIGEX сілтеме бермеді: оның QR кодын %1 файлынан сканерлеңіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="61"/>
        <source>eGov Mobile:</source>
        <translation>eGov Mobile:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="62"/>
        <source>eGov Business:</source>
        <translation>eGov Business:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="66"/>
        <source>scan the QR code with eGov Mobile before %1</source>
        <translation>QR кодты eGov Mobile арқылы %1 дейін сканерлеңіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="80"/>
        <source>the phone has the document: confirm the signature on it</source>
        <translation>құжат телефонда: қолтаңбаны сонда растаңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="237"/>
        <source>signed in eGov Mobile by %1 -&gt; %2</source>
        <translation>eGov Mobile-да %1 қол қойды -&gt; %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="250"/>
        <source>signed by %1 (%2)</source>
        <translation>қол қойған: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="257"/>
        <source>--xml makes an enveloped XML signature: it is never detached and has no time-stamp</source>
        <translation>--xml құжаттың ішіне енгізілген (enveloped) XML қолтаңбасын жасайды: ол ешқашан бөлек болмайды және уақыт белгісі жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="275"/>
        <source>--pades signs inside the PDF: it is never detached</source>
        <translation>--pades PDF ішінде қол қояды: мұндай қолтаңба ешқашан бөлек болмайды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="278"/>
        <source>%1 is not a PDF file; --pades signs PDFs only</source>
        <translation>%1 — PDF файлы емес; --pades тек PDF файлдарына қол қояды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="302"/>
        <source>co-signed by %1</source>
        <translation>қосымша қол қойған: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="324"/>
        <source>co-signed in eGov Mobile by %1 -&gt; %2</source>
        <translation>eGov Mobile-да %1 қосымша қол қойды -&gt; %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="347"/>
        <source>%1 is a detached signature: give the signed document with --data FILE</source>
        <translation>%1 — бөлек қолтаңба: қол қойылған құжатты --data FILE арқылы беріңіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="349"/>
        <source>the signed document: %1 (found beside the signature)</source>
        <translation>қол қойылған құжат: %1 (қолтаңбаның жанынан табылды)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="363"/>
        <source>give the signed document with --data FILE to check that it was not changed</source>
        <translation>құжаттың өзгертілмегенін тексеру үшін қол қойылған құжатты --data FILE арқылы беріңіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="381"/>
        <source>%1 (proven by a trusted time-stamp)</source>
        <translation>%1 кешіктірмей (сенімді уақыт белгісімен дәлелденген)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="384"/>
        <source>%1 (claimed by the signer, proves nothing)</source>
        <translation>%1 (қол қоюшының өз мәлімдемесі, ештеңені дәлелдемейді)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="388"/>
        <source>trusted</source>
        <translation>сенімді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="390"/>
        <source>not trusted</source>
        <translation>сенімсіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="393"/>
        <source>%1 by %2 (%3)</source>
        <translation>%1, берген: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="396"/>
        <source>%1 (now: no trusted time-stamp)</source>
        <translation>%1 (қазіргі сәт: сенімді уақыт белгісі жоқ)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="417"/>
        <source>verify --message needs --uid N (and --account, --folder)</source>
        <translation>verify --message үшін --uid N керек (және --account, --folder)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="422"/>
        <source>name a CMS file, or use --message</source>
        <translation>CMS файлын көрсетіңіз немесе --message қолданыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="637"/>
        <source>not a demo QR link: the demo phone scans the embedded server&apos;s links only</source>
        <translation>демо QR сілтемесі емес: демо телефон тек кірістірілген сервердің сілтемелерін сканерлейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="646"/>
        <source>the demo phone cannot reach %1: %2</source>
        <translation>демо телефон %1 жете алмайды: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="648"/>
        <source>the demo phone: %1</source>
        <translation>демо телефон: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="650"/>
        <source>declined on the demo phone</source>
        <translation>демо телефонда бас тартылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="652"/>
        <source>signed on the demo phone</source>
        <translation>демо телефонда қол қойылды</translation>
    </message>
    <message>
        <source>%1: a CMS larger than %2 MiB is not read</source>
        <translation type="vanished">%1: %2 МиБ-тан үлкен CMS оқылмайды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="444"/>
        <source>no signatures in this CMS</source>
        <translation>бұл CMS ішінде қолтаңба жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="446"/>
        <source>signature %1: %2</source>
        <translation>қолтаңба %1: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="454"/>
        <source>--data is for a detached CMS: a PDF signature is inside the PDF it signs</source>
        <translation>--data бөлек CMS үшін: PDF қолтаңбасы өзі қол қойған PDF ішінде болады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="461"/>
        <source>no signature inside this PDF</source>
        <translation>бұл PDF ішінде қолтаңба жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="495"/>
        <source>signature (%1): not readable: %2</source>
        <translation>қолтаңба (%1): оқылмайды: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="499"/>
        <source>signature %1 (%2): %3</source>
        <translation>қолтаңба %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="502"/>
        <source>not signed: %1</source>
        <translation>қол қойылмаған: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="509"/>
        <source>--data is for a detached CMS: an XML signature is inside the document it signs</source>
        <translation>--data бөлек CMS үшін: XML қолтаңбасы өзі қол қойған құжаттың ішінде болады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="522"/>
        <source>no XML signature in this document</source>
        <translation>бұл құжатта XML қолтаңбасы жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="530"/>
        <source>EXPIRED on %1 (cannot sign any more)</source>
        <translation>МЕРЗІМІ ӨТКЕН: %1 (енді қол қоюға болмайды)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="532"/>
        <source>not valid until %1</source>
        <translation>%1 дейін жарамсыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="535"/>
        <source>valid until %1, %2 day left</source>
        <translation>%1 дейін жарамды, %2 күн қалды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="536"/>
        <source>valid until %1, %2 days left</source>
        <translation>%1 дейін жарамды, %2 күн қалды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="540"/>
        <source>signing</source>
        <translation>қол қою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="541"/>
        <source>authentication (AUTH) only: cannot sign documents</source>
        <translation>тек аутентификация (AUTH): құжаттарға қол қоя алмайды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="542"/>
        <source>signing and authentication</source>
        <translation>қол қою және аутентификация</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="543"/>
        <source>neither signing nor authentication</source>
        <translation>қол қою да, аутентификация да емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="545"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="545"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="547"/>
        <source>Name:</source>
        <translation>Иесі:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="548"/>
        <source>Surname:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="549"/>
        <source>Given name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="550"/>
        <source>Patronymic:</source>
        <translation>Әкесінің аты:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="551"/>
        <source>E-mail:</source>
        <translation>Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="553"/>
        <source>Born:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="554"/>
        <source>Organization:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="555"/>
        <source>BIN:</source>
        <translation>БСН:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="556"/>
        <source>Roles:</source>
        <translation>Рөлдері:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="557"/>
        <source>Template:</source>
        <translation>Үлгі:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="558"/>
        <source>Key purpose:</source>
        <translation>Кілттің мақсаты:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="559"/>
        <source>Algorithm:</source>
        <translation>Алгоритм:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="560"/>
        <source>Valid:</source>
        <translation>Жарамдылық мерзімі:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="561"/>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="562"/>
        <source>Revocation:</source>
        <translation>Кері қайтарылуы:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="563"/>
        <source>Issuer:</source>
        <translation>Берген:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="564"/>
        <source>Serial:</source>
        <translation>Сериялық нөмірі:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="576"/>
        <source>not checked (--offline)</source>
        <translation>тексерілмеді (--offline)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="592"/>
        <source>%1 (check digit does not match)</source>
        <translation>%1 (бақылау цифры сәйкес келмейді)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="610"/>
        <source>%1 to %2</source>
        <translation>%1 бастап %2 дейін</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="89"/>
        <source>account %1 added; password stored in the OS keyring</source>
        <translation>%1 есептік жазбасы қосылды; құпиясөз ОЖ құпиясөз қоймасында сақталды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="93"/>
        <source>account %1 added; no OS keyring on this system, so the password is not stored: give --password-env VAR (or type it) when syncing</source>
        <translation>%1 есептік жазбасы қосылды; бұл жүйеде ОЖ құпиясөз қоймасы жоқ, сондықтан құпиясөз сақталмады: синхрондау кезінде --password-env VAR беріңіз (немесе оны теріңіз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="125"/>
        <source>[%1 queued]</source>
        <translation>[кезекте %1]</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="128"/>
        <source>no accounts (add one with `qazmail-desktop account add`)</source>
        <translation>есептік жазбалар жоқ (`qazmail-desktop account add` арқылы қосыңыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="136"/>
        <source>account %1 removed</source>
        <translation>%1 есептік жазбасы жойылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="150"/>
        <source>--password-env %1: %2 is not synced now</source>
        <translation>--password-env %1: %2 қазір синхрондалмайды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="152"/>
        <source>--password-env %1: no account named %2</source>
        <translation>--password-env %1: %2 атты есептік жазба жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="160"/>
        <source>%1 accounts sync: give --password-env NAME=VAR for each (or sync NAME)</source>
        <translation>%1 есептік жазба синхрондалады: әрқайсысына --password-env NAME=VAR беріңіз (немесе sync NAME)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="173"/>
        <source>no account yet: add one with `account add`</source>
        <translation>әзірге есептік жазба жоқ: оны `account add` арқылы қосыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="192"/>
        <source>%1: %2 new, %3 flag changes, %4 removed, %5 queued actions sent, %6 signed letters checked%7</source>
        <translation>%1: %2 жаңа, %3 белгі өзгерісі, %4 жойылды, кезектегі %5 әрекет жіберілді, қол қойылған %6 хат тексерілді%7</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="208"/>
        <source>action %1 (%2) waits: %3</source>
        <translation>№%1 әрекет (%2) күтуде: %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="210"/>
        <source>action %1 (%2) failed: %3</source>
        <translation>№%1 әрекет (%2) сәтсіз аяқталды: %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="262"/>
        <source>[could not be read: %1]</source>
        <translation>[оқу мүмкін болмады: %1]</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="269"/>
        <source>N new, * flagged, @ attachments; signatures: %1 valid, %2 not proven, %3 doubtful, %4 not valid, ~ only a part signed, S not checked yet (show --uid N tells why); times %5</source>
        <translation>N жаңа, * белгіленген, @ тіркемелер; қолтаңбалар: %1 жарамды, %2 дәлелденбеген, %3 күмәнді, %4 жарамсыз, ~ тек бір бөлігіне қол қойылған, S әлі тексерілмеген (себебін show --uid N айтады); уақыт %5</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="286"/>
        <source>%1 %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="293"/>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="294"/>
        <source>indeterminate</source>
        <translation>күйі анықталмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="295"/>
        <source>untrusted</source>
        <translation>сенімсіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="296"/>
        <source>content_missing</source>
        <translation>құжат жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="297"/>
        <source>not_yet_valid</source>
        <translation>әлі күшіне енбеген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="298"/>
        <source>expired</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="299"/>
        <source>older_generation</source>
        <translation>ҰКО ескі буыны</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="300"/>
        <source>unknown_algorithm</source>
        <translation>белгісіз алгоритм</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="301"/>
        <source>key_not_for_signing</source>
        <translation>кілт қол қоюға арналмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="302"/>
        <source>suspended</source>
        <translation>тоқтатыла тұрған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="303"/>
        <source>revoked</source>
        <translation>кері қайтарылған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="304"/>
        <source>invalid_signature</source>
        <translation>қолтаңба жарамсыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="305"/>
        <source>content_modified</source>
        <translation>мазмұны өзгертілген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="306"/>
        <source>ambiguous_structure</source>
        <translation>құрылымы екіұшты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="307"/>
        <source>malformed</source>
        <translation>бүлінген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="318"/>
        <source>letter</source>
        <translation>хат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="319"/>
        <source>part</source>
        <translation>бөлік</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="320"/>
        <source>attachment</source>
        <translation>тіркеме</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="321"/>
        <source>document</source>
        <translation>құжат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="326"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="327"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="328"/>
        <source>Cc</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="329"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="330"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="388"/>
        <source>Ambiguous structure — not shown as signed: %1</source>
        <translation>Құрылымы екіұшты — қол қойылған ретінде көрсетілмейді: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="389"/>
        <source>The letter&apos;s raw source follows.</source>
        <translation>Төменде хаттың бастапқы мәтіні берілген.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="392"/>
        <source>This letter&apos;s structure can be read in more than one way: %1</source>
        <translation>Бұл хаттың құрылымын бірнеше жолмен оқуға болады: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="394"/>
        <source>Shown in a simple form: %1.</source>
        <translation>Қарапайым түрде көрсетілді: %1.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="401"/>
        <source>Attachment: %1 (%2, %3 bytes)</source>
        <translation>Тіркеме: %1 (%2, %3 байт)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="419"/>
        <source>--output needs an existing folder: %1</source>
        <translation>--output бар қалтаны талап етеді: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="428"/>
        <source>letter %1 in %2: %3</source>
        <translation>%2 қалтасындағы №%1 хат: %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="444"/>
        <source>updating the search index first: %1 changes to take in…</source>
        <translation>алдымен іздеу индексі жаңартылады: өзгерістер саны — %1…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="456"/>
        <source>nothing found</source>
        <translation>ештеңе табылмады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="476"/>
        <source>flag set on the server</source>
        <translation>белгі серверде қойылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="479"/>
        <source>not on the server yet (%1): the change is queued and reaches it at the next sync</source>
        <translation>серверде әлі жоқ (%1): өзгеріс кезекке қойылды және келесі синхрондауда серверге жетеді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="496"/>
        <source>the letter&apos;s text on stdin is larger than the %1 MiB limit</source>
        <translation>stdin-дегі хат мәтіні %1 МиБ шегінен үлкен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="503"/>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 — UTF-8 мәтіні емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="529"/>
        <source>--qr with --no-sign-letter: give --sign-attachments and --attach FILE</source>
        <translation>--qr мен --no-sign-letter бірге: --sign-attachments және --attach FILE беріңіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="533"/>
        <source>--sign-attachments and --tsa need --sign-key KEY.p12 (or --qr)</source>
        <translation>--sign-attachments және --tsa үшін --sign-key KEY.p12 (немесе --qr) қажет</translation>
    </message>
    <message>
        <source>--sign-attachments and --tsa need --sign-key KEY.p12</source>
        <translation type="vanished">--sign-attachments және --tsa үшін --sign-key KEY.p12 қажет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="546"/>
        <source>not sent yet (%1): the letter waits in the outbox, sent at the next sync</source>
        <translation>әлі жіберілмеді (%1): хат шығыс жәшігінде күтеді, келесі синхрондауда жіберіледі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="554"/>
        <source>the server refused the letter: %1 (kept in the outbox as failed)</source>
        <translation>сервер хатты қабылдамады: %1 (шығыс жәшігінде сәтсіз ретінде сақталды)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="579"/>
        <source>step %1 of %2: the attached files</source>
        <translation>%2 қадамның %1-қадамы: тіркелген файлдар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="580"/>
        <source>step %1 of %2: the letter</source>
        <translation>%2 қадамның %1-қадамы: хат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="597"/>
        <source>signed in eGov Mobile by %1</source>
        <translation>eGov Mobile-да %1 қол қойды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="601"/>
        <source>warning: the signature names %1, not %2: the recipients are told so</source>
        <translation>ескерту: қолтаңбада %2 емес, %1 көрсетілген: алушыларға бұл айтылады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="617"/>
        <source>this letter carries no signature</source>
        <translation>бұл хатта қолтаңба жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="630"/>
        <source>signer: %1, IIN %2, BIN %3, %4  signed %5 %6</source>
        <translation>қол қоюшы: %1, ЖСН %2, БСН %3, %4  қол қойылған уақыты %5 %6</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="636"/>
        <source>(proven by a trusted time-stamp)</source>
        <translation>(сенімді уақыт белгісімен дәлелденген)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="638"/>
        <source>(claimed by the signer)</source>
        <translation>(қол қоюшы көрсеткен)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="644"/>
        <source>warning: only a part of this letter is signed; what it shows is not what was signed (not covered: %1)</source>
        <translation>ескерту: бұл хаттың тек бір бөлігіне қол қойылған; ол көрсететін мәтін қол қойылған мәтін емес (қамтылмаған: %1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="653"/>
        <source>warning: %1</source>
        <translation>ескерту: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="668"/>
        <source>the letter&apos;s bytes are not in the cache</source>
        <translation>хаттың байттары кэште жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="19"/>
        <source>pending</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="20"/>
        <source>running</source>
        <translation>жіберілуде</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="21"/>
        <source>failed</source>
        <translation>сәтсіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="33"/>
        <source>no subject</source>
        <translation>тақырыпсыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="57"/>
        <source>(no subject)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="62"/>
        <source>signed offline: waits for its time-stamp (sent at a sync once the TSA answers;
`outbox release %1` sends it without, its signing time then only claimed)</source>
        <translation>желісіз қол қойылған: уақыт белгісін күтеді (TSA жауап бергенде синхрондау кезінде жіберіледі;
`outbox release %1` оны белгісіз жібереді, сонда қол қою уақыты тек мәлімделген болады)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="71"/>
        <source>last attempt: %1</source>
        <translation>соңғы әрекет: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="75"/>
        <source>the SMTP server asked for it later: not tried before %1
(`outbox retry %2` sends it at the next sync)</source>
        <translation>SMTP сервері кейінірек жіберуді сұрады: %1 дейін әрекет жасалмайды
(`outbox retry %2` оны келесі синхрондауда жібереді)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="87"/>
        <source>look in the recipient&apos;s mail or your Sent folder: `outbox retry %1` sends it
again, `outbox drop %1` does not</source>
        <translation>алушының поштасын немесе «Жіберілгендер» қалтасын қараңыз: `outbox retry %1` оны
қайта жібереді, `outbox drop %1` жібермейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="96"/>
        <source>the outbox is empty</source>
        <translation>шығыс жәшігі бос</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="102"/>
        <source>letter %1 (%2) is sent at the next sync</source>
        <translation>№%1 хат (%2) келесі синхрондауда жіберіледі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="108"/>
        <source>letter %1 (%2) dropped: it will not be sent</source>
        <translation>№%1 хат (%2) алып тасталды: ол жіберілмейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="116"/>
        <source>letter %1 (%2) is sent at the next sync without a time-stamp: its signing time is only the signer&apos;s claim, and its certificate is judged whenever it is checked</source>
        <translation>№%1 хат (%2) келесі синхрондауда уақыт белгісіз жіберіледі: оның қол қою уақыты тек қол қоюшының мәлімдемесі, ал куәлігі әр тексерілген сәтте бағаланады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="23"/>
        <source>%1 wants EMAIL:PASSWORD, got %2…</source>
        <translation>%1 EMAIL:PASSWORD күтеді, берілгені %2…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="33"/>
        <source>cannot read the users file %1: %2</source>
        <translation>%1 пайдаланушылар файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="35"/>
        <source>the users file %1 is not UTF-8 text</source>
        <translation>%1 пайдаланушылар файлы UTF-8 мәтіні емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="37"/>
        <source>%1 line %2</source>
        <translation>%1, %2-жол</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="50"/>
        <source>bad port %1</source>
        <translation>жарамсыз порт %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="57"/>
        <source>cannot use %1: %2</source>
        <translation>%1 пайдалану мүмкін емес: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="76"/>
        <source>Demo accounts (IMAP/SMTP login = e-mail; key files in DATA/keys, password %1):</source>
        <translation>Демо есептік жазбалар (IMAP/SMTP логині = e-mail; кілт файлдары DATA/keys ішінде, құпиясөзі %1):</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="81"/>
        <source>%1 password %2 key %3</source>
        <translation>%1 құпиясөз %2 кілт %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="87"/>
        <source>to see green verdicts, trust the demo root and CA: %1</source>
        <translation>жасыл қорытындыларды көру үшін демо түбір мен куәландырушы орталыққа сенім білдіріңіз: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="91"/>
        <source>QazMail embedded server, data in %1</source>
        <translation>QazMail кірістірілген сервері, деректер %1 ішінде</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="93"/>
        <source>IMAP  %1  (no TLS: loopback only)</source>
        <translation>IMAP  %1  (TLS жоқ: тек loopback)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="94"/>
        <source>SMTP  %1  (submission, AUTH required, local delivery only)</source>
        <translation>SMTP  %1  (submission, AUTH міндетті, тек жергілікті жеткізу)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="98"/>
        <source>user  %1</source>
        <translation>пайдаланушы  %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="99"/>
        <source>Ctrl-C or SIGTERM stops it.</source>
        <translation>Ctrl-C немесе SIGTERM оны тоқтатады.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="106"/>
        <source>stopped</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="22"/>
        <source>shipped</source>
        <translation>кірістірілген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="23"/>
        <source>fetched</source>
        <translation>жүктелген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="24"/>
        <source>added</source>
        <translation>қосылған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="27"/>
        <source>NCA root</source>
        <translation>ҰКО түбір орталығы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="28"/>
        <source>NCA issuing CA</source>
        <translation>ҰКО (куәлік беруші орталық)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="29"/>
        <source>state bodies&apos; CA (УЦГО)</source>
        <translation>мемлекеттік органдардың куәландырушы орталығы (УЦГО)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="30"/>
        <source>BTS Digital&apos;s CA</source>
        <translation>BTS Digital куәландырушы орталығы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="45"/>
        <source>root</source>
        <translation>түбір</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="45"/>
        <source>intermediate</source>
        <translation>аралық</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="48"/>
        <source>valid %1 to %2</source>
        <translation>%1 бастап %2 дейін жарамды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="50"/>
        <location filename="../../qazmail_desktop/cli/trust.py" line="82"/>
        <source>from %1</source>
        <translation>көзі: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="52"/>
        <source>no trusted CAs: run `trust update`, or add one with `trust add FILE`</source>
        <translation>сенімді куәландырушы орталықтар жоқ: `trust update` іске қосыңыз немесе `trust add FILE` арқылы қосыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="66"/>
        <source>NCA 2022 CAs present</source>
        <translation>ҰКО 2022 орталықтары бар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="66"/>
        <source>incomplete</source>
        <translation>толық емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="67"/>
        <source>%1 trusted CA certificate(s); %2</source>
        <translation>куәландырушы орталықтардың сенімді куәліктері: %1; %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="76"/>
        <source>the NCA 2022 CAs are trusted already (shipped with this version); nothing to fetch</source>
        <translation>ҰКО 2022 орталықтарына сенім бұрыннан бар (осы нұсқамен бірге жеткізілген); жүктейтін ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="80"/>
        <location filename="../../qazmail_desktop/cli/trust.py" line="89"/>
        <source>trusted %1</source>
        <translation>сенімділерге қосылды: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="100"/>
        <source>root %1</source>
        <translation>түбір: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="106"/>
        <source>compare the SHA-256 above with the one the CA publishes, then run again with --yes</source>
        <translation>жоғарыдағы SHA-256 мәнін куәландырушы орталық жариялаған мәнмен салыстырыңыз, содан кейін --yes арқылы қайта іске қосыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="108"/>
        <source>Trust these roots? [y/N] </source>
        <translation>Осы түбір куәліктерге сенім білдіресіз бе? [и/Ж] </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="110"/>
        <source>nothing was trusted</source>
        <translation>ештеңе сенімділерге қосылмады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="115"/>
        <source>trusted %1 root(s) with their intermediates in %2</source>
        <translation>%2 ішінде %1 түбір куәлік аралық куәліктерімен бірге сенімділерге қосылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="131"/>
        <source>no certificate in %1 has a SHA-256 starting with %2</source>
        <translation>%1 ішінде SHA-256 мәні %2 деп басталатын куәлік жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="134"/>
        <source>removed %1 certificate(s)</source>
        <translation>%1 куәлік жойылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="31"/>
        <source>signed at:</source>
        <translation>қол қойылған уақыт:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="32"/>
        <source>status:</source>
        <translation>күйі:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="33"/>
        <source>problem:</source>
        <translation>мәселе:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="47"/>
        <source>letter %1 in %2 has no signed attachment named %3 to make a card of</source>
        <translation>%2 ішіндегі %1 хатта карточка жасауға болатын %3 деген қол қойылған тіркеме жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="51"/>
        <source>letter %1 in %2 has nothing signed to make a card of</source>
        <translation>%2 ішіндегі %1 хатта карточка жасауға болатын қол қойылған ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="55"/>
        <source>the letter carries several signed documents (%1): choose one with --attachment NAME</source>
        <translation>хатта бірнеше қол қойылған құжат бар (%1): --attachment NAME арқылы біреуін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="68"/>
        <source>card create --message needs --uid N (and --account, --folder)</source>
        <translation>card create --message үшін --uid N керек (және --account, --folder)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="72"/>
        <source>give the signatures with --signature FILE (or use --message)</source>
        <translation>қолтаңбаларды --signature FILE арқылы беріңіз (немесе --message қолданыңыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="88"/>
        <source>document card of %1 -&gt; %2</source>
        <translation>%1 құжат карточкасы -&gt; %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="118"/>
        <source>document: %1 (%2 bytes)</source>
        <translation>құжат: %1 (%2 байт)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="122"/>
        <source>PASSES</source>
        <translation>ӨТЕДІ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="122"/>
        <source>FAILS</source>
        <translation>ӨТПЕЙДІ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="124"/>
        <source>signature %1 (%2): %3 — %4</source>
        <translation>қолтаңба %1 (%2): %3 — %4</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="129"/>
        <source>%1, IIN %2</source>
        <translation>%1, ЖСН %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="134"/>
        <location filename="../../qazmail_desktop/cli/eds.py" line="372"/>
        <source>%1, BIN %2</source>
        <translation>%1, БСН %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="139"/>
        <source>%1 (the time-stamp&apos;s genTime)</source>
        <translation>%1 (уақыт белгісінің genTime мәні)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="145"/>
        <source>pages: %1</source>
        <translation>беттер: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="148"/>
        <source>the card is intact: every signature is valid over the original and proves itself; the pages show them</source>
        <translation>карточка бүтін: әр қолтаңба түпнұсқа бойынша жарамды және өзін-өзі дәлелдейді; беттер соларды көрсетеді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="155"/>
        <source>DO NOT TRUST the printout: the signatures are valid over the attached original, the pages are not it</source>
        <translation>БАСПА НҰСҚАСЫНА СЕНБЕҢІЗ: қолтаңбалар тіркелген түпнұсқа бойынша жарамды, бірақ беттерде ол көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="161"/>
        <source>DO NOT TRUST this card&apos;s data: a signature fails the checks (see above)</source>
        <translation>БҰЛ КАРТОЧКА ДЕРЕКТЕРІНЕ СЕНБЕҢІЗ: қолтаңба тексеруден өтпеді (жоғарыда қараңыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="182"/>
        <source>--extract needs an existing folder: %1</source>
        <translation>--extract үшін бар қалта керек: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="189"/>
        <source>extracted %1</source>
        <translation>шығарылды: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/register.py" line="45"/>
        <source>give files and folders, or --account, not both</source>
        <translation>файлдар мен қалталарды немесе --account көрсетіңіз, екеуін бірге емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/register.py" line="47"/>
        <source>name the signed files or folders to check (or --account for letters)</source>
        <translation>тексерілетін қол қойылған файлдарды немесе қалталарды көрсетіңіз (хаттар үшін --account)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/register.py" line="59"/>
        <source>%1 row(s), %2 not valid -&gt; %3</source>
        <translation>жолдар: %1, жарамсыздары: %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="28"/>
        <source>add an RFC 3161 time-stamp (CAdES-T) from this TSA; without URL the NCA&apos;s (%1)</source>
        <translation>осы TSA-дан RFC 3161 уақыт белгісін (CAdES-T) қосу; URL берілмесе — ҰКО-ныкі (%1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="35"/>
        <source>open the QazMail window (the default)</source>
        <translation>QazMail терезесін ашу (әдепкі)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="39"/>
        <source>signed files (.sig .cms .p7s .p7m .pem .pdf .xml) to check, each in a window</source>
        <translation>тексерілетін қол қойылған файлдар (.sig .cms .p7s .p7m .pem .pdf .xml), әрқайсысы бөлек терезеде</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="45"/>
        <source>sign a document with an NCA key (CMS, CAdES-BES/-T)</source>
        <translation>құжатқа ҰКО кілтімен қол қою (CMS, CAdES-BES/-T)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="46"/>
        <source>document to sign</source>
        <translation>қол қойылатын құжат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="49"/>
        <source>write a detached signature (document not embedded)</source>
        <translation>бөлек қолтаңба жазу (құжат ішіне енгізілмейді)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="54"/>
        <source>sign an XML document with an enveloped XML signature (XMLDSig, as NCALayer makes it) instead of a CMS</source>
        <translation>XML құжатқа CMS орнына ішкі XML қолтаңбасымен (XMLDSig, NCALayer жасайтындай) қол қою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="62"/>
        <source>sign a PDF inside (PAdES): the signed PDF opens in any PDF reader, which shows the signature</source>
        <translation>PDF-ке ішінен қол қою (PAdES): қол қойылған PDF кез келген PDF оқу құралында ашылады, ол қолтаңбаны көрсетеді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="68"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="93"/>
        <source>do not ask OCSP whether the key is revoked</source>
        <translation>кілттің кері қайтарылғанын OCSP-тен сұрамау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="75"/>
        <source>where to write the CMS (or the signed XML or PDF)</source>
        <translation>CMS (немесе қол қойылған XML не PDF) жазылатын орын</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="81"/>
        <source>the demo&apos;s eGov Mobile: sign (or decline) what a demo QR code carries</source>
        <translation>демо eGov Mobile: демо QR кодтағы құжатқа қол қою (немесе бас тарту)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="83"/>
        <source>the eGov Mobile link `sign --qr` printed (the embedded server&apos;s)</source>
        <translation>`sign --qr` шығарған eGov Mobile сілтемесі (кірістірілген сервердікі)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="84"/>
        <source>decline instead of signing</source>
        <translation>қол қоюдың орнына бас тарту</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="87"/>
        <source>add your signature to an existing CMS</source>
        <translation>бар CMS-ке өз қолтаңбаңызды қосу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="88"/>
        <source>the signed CMS</source>
        <translation>қол қойылған CMS</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="90"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="113"/>
        <source>the signed document, for a detached CMS</source>
        <translation>қол қойылған құжат, бөлек CMS үшін</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="96"/>
        <source>where to write the co-signed CMS</source>
        <translation>қосымша қол қойылған CMS жазылатын орын</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="102"/>
        <source>verify every signature of a CMS file, a signed XML, or a letter (--message)</source>
        <translation>CMS файлының, қол қойылған XML-дің немесе хаттың (--message) барлық қолтаңбасын тексеру</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="105"/>
        <source>CMS file (DER, PEM or base64), or a signed XML document</source>
        <translation>CMS файлы (DER, PEM немесе base64) не қол қойылған XML құжат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="108"/>
        <source>verify a cached letter: --account, --folder, --uid</source>
        <translation>кэштегі хатты тексеру: --account, --folder, --uid</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="110"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="111"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="112"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="424"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="425"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="426"/>
        <source>with --message</source>
        <translation>--message параметрімен бірге</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="114"/>
        <source>print the verdict as JSON</source>
        <translation>қорытындыны JSON түрінде шығару</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="115"/>
        <source>also trust the root certificates in DIR (repeatable)</source>
        <translation>DIR ішіндегі түбірлік куәліктерге де сену (қайталауға болады)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="116"/>
        <source>check revocation against this CRL file (repeatable)</source>
        <translation>кері қайтарылуын осы CRL файлы бойынша тексеру (қайталауға болады)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="118"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="474"/>
        <source>use no network: only cached and given CRLs</source>
        <translation>желіні пайдаланбау: тек кэштегі және берілген CRL</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="121"/>
        <source>write the embedded document of an attached CMS</source>
        <translation>біріктірілген CMS ішіндегі құжатты жазу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="126"/>
        <source>show who an NCA key belongs to and what it may do</source>
        <translation>ҰКО кілті кімге тиесілі екенін және оның не істей алатынын көрсету</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="127"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="166"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="169"/>
        <source>PKCS#12 key file (.p12)</source>
        <translation>PKCS#12 кілт файлы (.p12)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="128"/>
        <source>read the key password from $VAR</source>
        <translation>кілт құпиясөзін $VAR айнымалысынан оқу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="129"/>
        <source>print as JSON</source>
        <translation>JSON түрінде шығару</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="131"/>
        <source>do not ask the OCSP responder for the key&apos;s status</source>
        <translation>кілттің күйін OCSP қызметінен сұрамау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="159"/>
        <source>replace an output file that exists (never an input)</source>
        <translation>бар шығыс файлын ауыстыру (кіріс файлын ешқашан емес)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="173"/>
        <source>sign with eGov Mobile: scan the QR code on the phone (the document passes through SIGEX)</source>
        <translation>eGov Mobile арқылы қол қою: QR кодты телефонмен сканерлеңіз (құжат SIGEX арқылы өтеді)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="142"/>
        <source>the SIGEX service that relays eGov Mobile signing (default: %(default)s)</source>
        <translation>eGov Mobile қолтаңбасын жеткізетін SIGEX қызметі (әдепкі: %(default)s)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="144"/>
        <source>with --qr: also trust the CAs in DIR when checking what the phone signed</source>
        <translation>--qr кезінде: телефон қойған қолтаңбаны тексергенде DIR ішіндегі КО-ларға да сену</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="179"/>
        <source>read the key password from $VAR (else asked)</source>
        <translation>кілт құпиясөзін $VAR айнымалысынан оқу (әйтпесе сұралады)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="184"/>
        <source>add, list or remove mail accounts</source>
        <translation>пошта есептік жазбаларын қосу, тізімдеу немесе жою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="186"/>
        <source>add an IMAP/SMTP account (password into the OS keyring)</source>
        <translation>IMAP/SMTP есептік жазбасын қосу (құпиясөз ОЖ құпиясөз қоймасына)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="187"/>
        <source>a short name for the account</source>
        <translation>есептік жазбаның қысқа атауы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="189"/>
        <source>the address letters are sent from</source>
        <translation>хаттар жіберілетін мекенжай</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="192"/>
        <source>[IPv6]:PORT too</source>
        <translation>[IPv6]:PORT та болады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="195"/>
        <source>login name</source>
        <translation>кіру аты (логин)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="196"/>
        <source>read the password from $VAR (else asked)</source>
        <translation>құпиясөзді $VAR айнымалысынан оқу (әйтпесе сұралады)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="201"/>
        <source>ssl (default), starttls, or none (loopback only)</source>
        <translation>ssl (әдепкі), starttls немесе none (тек loopback үшін)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="203"/>
        <source>if different from --security</source>
        <translation>--security мәнінен өзгеше болса</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="205"/>
        <source>your name as recipients see it</source>
        <translation>алушылар көретін атыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="211"/>
        <source>keep only headers of larger letters</source>
        <translation>бұдан үлкен хаттардың тек тақырыптамаларын сақтау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="217"/>
        <source>keep only headers of older letters</source>
        <translation>бұдан ескі хаттардың тек тақырыптамаларын сақтау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="220"/>
        <source>list accounts</source>
        <translation>есептік жазбалар тізімі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="223"/>
        <source>remove an account and its cached mail</source>
        <translation>есептік жазбаны және оның кэштегі поштасын жою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="227"/>
        <source>synchronise accounts with their servers (and send the outbox)</source>
        <translation>есептік жазбаларды серверлерімен синхрондау (және шығыс жәшігін жіберу)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="228"/>
        <source>account (default: every account)</source>
        <translation>есептік жазба (әдепкі: барлығы)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="229"/>
        <source>only this folder</source>
        <translation>тек осы қалта</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="234"/>
        <source>account NAME&apos;s password from $VAR, ahead of the keyring (once per account; VAR alone: one account)</source>
        <translation>NAME есептік жазбасының құпиясөзі $VAR айнымалысынан, құпиясөз қоймасынан бұрын (әр есептік жазбаға бір рет; тек VAR: бір есептік жазба)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="241"/>
        <source>list the letters of a folder (from the cache, works offline)</source>
        <translation>қалтадағы хаттар тізімі (кэштен, желісіз жұмыс істейді)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="242"/>
        <source>account name (optional with one account)</source>
        <translation>есептік жазба атауы (бір есептік жазба болса, міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="248"/>
        <source>show one letter (from the cache, works offline)</source>
        <translation>бір хатты көрсету (кэштен, желісіз жұмыс істейді)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="250"/>
        <source>print the raw RFC 5322 bytes</source>
        <translation>RFC 5322 бастапқы байттарын шығару</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="255"/>
        <source>save a letter&apos;s attachments into a folder (works offline)</source>
        <translation>хаттың тіркемелерін қалтаға сақтау (желісіз жұмыс істейді)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="259"/>
        <source>an existing folder</source>
        <translation>бар қалта</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="264"/>
        <source>full-text search of cached mail (subject, addresses, text, attachments)</source>
        <translation>кэштегі поштадан толық мәтіндік іздеу (тақырып, мекенжайлар, мәтін, тіркемелер)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="272"/>
        <source>mark a letter read/unread/flagged (queued when offline)</source>
        <translation>хатты оқылған/оқылмаған/белгіленген деп белгілеу (желі болмаса, кезекке қойылады)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="279"/>
        <source>send a letter (through the outbox: queued when offline)</source>
        <translation>хат жіберу (шығыс жәшігі арқылы: желі болмаса, кезекке қойылады)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="286"/>
        <source>UTF-8 text of the letter (&apos;-&apos; for stdin)</source>
        <translation>хаттың UTF-8 мәтіні (stdin үшін &apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="292"/>
        <source>sign the letter (S/MIME) with this EDS key</source>
        <translation>хатқа осы ЭЦҚ кілтімен қол қою (S/MIME)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="297"/>
        <source>sign the letter with eGov Mobile: scan the QR code on the phone (the letter passes through SIGEX)</source>
        <translation>хатқа eGov Mobile арқылы қол қою: QR кодты телефонмен сканерлеңіз (хат SIGEX арқылы өтеді)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="304"/>
        <source>the key&apos;s password from $VAR (else asked)</source>
        <translation>кілт құпиясөзі $VAR айнымалысынан (әйтпесе сұралады)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="312"/>
        <source>sign each attachment too: sig (NAME.sig beside it, default), cms (NAME.cms), pades (PDF)</source>
        <translation>әр тіркемеге де қол қою: sig (қасында NAME.sig, әдепкі), cms (NAME.cms), pades (PDF)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="319"/>
        <source>with --sign-attachments: leave the letter unsigned</source>
        <translation>--sign-attachments параметрімен бірге: хаттың өзіне қол қоймау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="333"/>
        <source>run the embedded IMAP + SMTP server and demo PKI on loopback</source>
        <translation>кірістірілген IMAP + SMTP серверін және демо PKI-ды loopback-те іске қосу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="339"/>
        <source>where mailboxes and the demo PKI live</source>
        <translation>пошта жәшіктері мен демо PKI сақталатын орын</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="342"/>
        <source>address to listen on (loopback unless --allow-remote)</source>
        <translation>тыңдайтын мекенжай (--allow-remote болмаса, loopback)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="344"/>
        <source>allow a non-loopback --host</source>
        <translation>loopback емес --host мекенжайына рұқсат ету</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="349"/>
        <source>demo PKI: TSA, OCSP, CRLs</source>
        <translation>демо PKI: TSA, OCSP, CRL</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="356"/>
        <source>add or update a user (seen by ps)</source>
        <translation>пайдаланушыны қосу не жаңарту (ps көрсетеді)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="362"/>
        <source>EMAIL:PASSWORD lines: users without ps seeing them</source>
        <translation>EMAIL:PASSWORD жолдары: ps көрмейтін пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="364"/>
        <source>seed demo accounts, keys and letters</source>
        <translation>демо есептік жазбаларын, кілттер мен хаттарды жасау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="370"/>
        <source>the CAs this profile trusts: list, status, update, add, fetch, remove</source>
        <translation>осы профиль сенетін КО-лар: list, status, update, add, fetch, remove</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="374"/>
        <source>every trust anchor: name, validity, SHA-256, where it came from</source>
        <translation>барлық сенім тірегі: атауы, жарамдылығы, SHA-256, қайдан алынғаны</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="379"/>
        <source>what the trust store lacks (exit 1 when something is missing)</source>
        <translation>сенім қоймасында не жетіспейді (бірдеңе жетіспесе, шығу коды 1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="384"/>
        <source>fetch the NCA 2022 CAs from the NCA, checked against their pinned key ids</source>
        <translation>ҰКО 2022 КО-ларын ҰКО-дан жүктеу, бекітілген кілт идентификаторларымен салыстырылады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="387"/>
        <source>trust certificates from files (DER, PEM or base64)</source>
        <translation>файлдардағы куәліктерге сену (DER, PEM немесе base64)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="391"/>
        <source>download a CA by URL (following caIssuers links to its root) and trust it</source>
        <translation>КО-ны URL бойынша жүктеп (caIssuers сілтемелерімен түбіріне дейін), оған сену</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="394"/>
        <source>CA certificates to start from</source>
        <translation>бастапқы КО куәліктері</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="397"/>
        <source>trust without asking (after comparing the fingerprints)</source>
        <translation>сұрамай сену (саусақ іздерін салыстырғаннан кейін)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="400"/>
        <source>stop trusting a certificate the user added or fetched</source>
        <translation>пайдаланушы қосқан не жүктеген куәлікке сенуді тоқтату</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="407"/>
        <source>document cards (kaarkz/ddcard): a PDF with the document and its signatures</source>
        <translation>құжат карточкалары (kaarkz/ddcard): құжат пен оның қолтаңбалары бар PDF</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="411"/>
        <source>make a card of a document and its CMS signatures, or of a signed letter</source>
        <translation>құжат пен оның CMS қолтаңбаларының немесе қол қойылған хаттың карточкасын жасау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="414"/>
        <source>the signed document (omit for an attached CMS)</source>
        <translation>қол қойылған құжат (біріктірілген CMS үшін көрсетпеңіз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="417"/>
        <source>repeatable</source>
        <translation>қайталауға болады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="422"/>
        <source>a cached letter&apos;s signed document: --account, --folder, --uid</source>
        <translation>кэштегі хаттың қол қойылған құжаты: --account, --folder, --uid</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="428"/>
        <source>with --message: which signed document of the letter</source>
        <translation>--message параметрімен бірге: хаттың қай қол қойылған құжаты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="431"/>
        <source>leave out the pages that show the document</source>
        <translation>құжатты көрсететін беттерді қоспау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="433"/>
        <source>leave out the signature pages</source>
        <translation>қолтаңба беттерін қоспау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="434"/>
        <source>signature pages without the QR codes</source>
        <translation>QR кодтарсыз қолтаңба беттері</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="436"/>
        <source>a short description of the document, under its name</source>
        <translation>құжаттың атауы астындағы қысқаша сипаттамасы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="438"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="446"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="471"/>
        <source>also trust roots in DIR</source>
        <translation>DIR ішіндегі түбірлерге де сену</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="439"/>
        <source>where to write the card (PDF)</source>
        <translation>карточка (PDF) жазылатын орын</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="443"/>
        <source>check a card: every signature over its original, from what it carries</source>
        <translation>карточканы тексеру: әр қолтаңбаны түпнұсқасы бойынша, карточканың ішіндегісінен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="445"/>
        <source>the card (PDF)</source>
        <translation>карточка (PDF)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="448"/>
        <source>save the original and the signatures into DIR</source>
        <translation>түпнұсқа мен қолтаңбаларды DIR ішіне сақтау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="457"/>
        <source>check signed files or letters into a register (Excel, CSV or PDF)</source>
        <translation>қол қойылған файлдарды не хаттарды тексеріп, тізілімге жазу (Excel, CSV немесе PDF)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="460"/>
        <source>signed files, or folders of them</source>
        <translation>қол қойылған файлдар немесе олар бар қалталар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="464"/>
        <source>the signed letters of this account&apos;s --folder instead of files, each with the verdict the window shows (with --trust or --crl: each checked again with them)</source>
        <translation>файлдардың орнына осы есептік жазбаның --folder қалтасындағы қол қойылған хаттар, әрқайсысы терезе көрсететін қорытындымен (--trust не --crl берілсе: әрқайсысы солармен қайта тексеріледі)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="470"/>
        <source>with --account</source>
        <translation>--account параметрімен бірге</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="472"/>
        <source>also this CRL</source>
        <translation>осы CRL де</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="477"/>
        <source>the register: .xlsx (Excel), .csv or .pdf</source>
        <translation>тізілім: .xlsx (Excel), .csv немесе .pdf</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="483"/>
        <source>check files in N processes (default: one per core)</source>
        <translation>файлдарды N процесте тексеру (әдепкі бойынша: әр ядроға біреу)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="491"/>
        <source>letters not sent yet (offline or refused): list, retry, drop</source>
        <translation>әлі жіберілмеген хаттар (желі жоқ не қабылданбады): list, retry, drop</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="495"/>
        <source>every letter waiting to be sent, with why the last attempt failed</source>
        <translation>жіберілуді күтіп тұрған барлық хат, соңғы әрекет неге сәтсіз болғанымен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="497"/>
        <source>only this account&apos;s letters</source>
        <translation>тек осы есептік жазбаның хаттары</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="500"/>
        <source>send a failed letter again at the next sync</source>
        <translation>сәтсіз хатты келесі синхрондауда қайта жіберу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="505"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="513"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="523"/>
        <source>the letter&apos;s number in `outbox list`</source>
        <translation>`outbox list` тізіміндегі хат нөмірі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="508"/>
        <source>do not send this letter at all</source>
        <translation>бұл хатты мүлде жібермеу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="517"/>
        <source>send a letter signed offline without waiting for its time-stamp</source>
        <translation>желісіз қол қойылған хатты уақыт белгісін күтпей жіберу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="41"/>
        <source>usage: </source>
        <translation>қолданылуы: </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="42"/>
        <source>positional arguments</source>
        <translation>позициялық аргументтер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="43"/>
        <source>options</source>
        <translation>параметрлер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="44"/>
        <source>show this help message and exit</source>
        <translation>осы анықтаманы көрсетіп, шығу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="45"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s аргументі: %(message)s</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="46"/>
        <source>unrecognized arguments: %s</source>
        <translation>танылмаған аргументтер: %s</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="47"/>
        <source>not allowed with argument %s</source>
        <translation>%s аргументімен бірге қолдануға болмайды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="48"/>
        <source>ignored explicit argument %r</source>
        <translation>%r мәні бұл жерде қабылданбайды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="49"/>
        <source>the following arguments are required: %s</source>
        <translation>мына міндетті аргументтер берілмеген: %s</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="50"/>
        <source>one of the arguments %s is required</source>
        <translation>%s аргументтерінің біреуі қажет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="51"/>
        <source>expected one argument</source>
        <translation>бір мән күтілген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="52"/>
        <source>expected at most one argument</source>
        <translation>ең көбі бір мән күтілген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="53"/>
        <source>expected at least one argument</source>
        <translation>кемінде бір мән күтілген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="54"/>
        <source>expected %s argument</source>
        <translation>%s мән күтілген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="55"/>
        <source>expected %s arguments</source>
        <translation>%s мән күтілген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="56"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>екіұшты параметр: %(option)s мыналардың кез келгені болуы мүмкін: %(matches)s</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="57"/>
        <source>unexpected option string: %s</source>
        <translation>күтілмеген параметр: %s</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="58"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s түріне жарамсыз мән: %(value)r</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="59"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>жарамсыз таңдау: %(value)r (мыналардың бірін таңдаңыз: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="60"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>белгісіз команда %(parser_name)r (нұсқалар: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="88"/>
        <source>native GOST: yes (%1 arithmetic)</source>
        <translation>машиналық кодтағы ГОСТ: иә (%1 арифметикасы)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="89"/>
        <source>native GOST: no (pure Python: GOST signing and checking 30-100 times slower)</source>
        <translation>машиналық кодтағы ГОСТ: жоқ (таза Python: ГОСТ қол қою мен тексеру 30–100 есе баяу)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="95"/>
        <source>warning: native GOST is missing: GOST signatures are made and checked in pure Python, 30-100 times slower (a mailbox of 10,000 signed letters: hours instead of seconds); reinstall with a C compiler</source>
        <translation>ескерту: машиналық кодтағы ГОСТ жоқ: ГОСТ қолтаңбалары таза Python-да жасалады және тексеріледі, 30–100 есе баяу (10 000 қол қойылған хаты бар пошта жәшігі: секундтардың орнына сағаттар); C компиляторымен қайта орнатыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="122"/>
        <source>(see --help)</source>
        <translation>(--help қараңыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="130"/>
        <source>QazMail Desktop: mail with Kazakh EDS (NCA) signatures, readable offline.</source>
        <translation>QazMail Desktop: қазақстандық ЭЦҚ (ҰКО) қолтаңбалары бар пошта, желісіз де оқылады.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="136"/>
        <source>show program&apos;s version number and exit</source>
        <translation>бағдарлама нұсқасын көрсетіп, шығу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="141"/>
        <source>keep all data and settings under DIR (or $QAZMAIL_PROFILE)</source>
        <translation>барлық деректер мен баптауларды DIR ішінде сақтау (немесе $QAZMAIL_PROFILE)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="144"/>
        <source>open the app against the embedded demo server</source>
        <translation>қолданбаны кірістірілген демо-серверге қосып ашу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="149"/>
        <source>the language of what the command line writes (default: the locale&apos;s: LANGUAGE, LC_ALL, LANG)</source>
        <translation>командалық жол жазатын тіл (әдепкі: локаль тілі: LANGUAGE, LC_ALL, LANG)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="157"/>
        <source>commands</source>
        <translation>командалар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="214"/>
        <source>interrupted</source>
        <translation>үзілді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/values.py" line="22"/>
        <source>%1 is not a whole number</source>
        <translation>%1 — бүтін сан емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/values.py" line="25"/>
        <source>%1 is out of range: give %2 to %3</source>
        <translation>%1 рұқсат етілген аралықтан тыс: %2 мен %3 аралығында беріңіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/values.py" line="37"/>
        <source>%1 is not an http:// or https:// URL</source>
        <translation>%1 — http:// немесе https:// URL емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/values.py" line="52"/>
        <source>%1: an IPv6 address is written [ADDRESS]:PORT</source>
        <translation>%1: IPv6 мекенжайы [ADDRESS]:PORT түрінде жазылады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/values.py" line="60"/>
        <source>expected HOST:PORT, got %1</source>
        <translation>HOST:PORT күтілген, берілгені: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/values.py" line="69"/>
        <source>%1 is not an e-mail address (name@example.kz)</source>
        <translation>%1 — электрондық пошта мекенжайы емес (name@example.kz)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="146"/>
        <source>key file</source>
        <translation>кілт файлы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="147"/>
        <source>document</source>
        <translation>құжат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="148"/>
        <source>signature</source>
        <translation>қолтаңба</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="149"/>
        <source>signed file</source>
        <translation>қол қойылған файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="150"/>
        <source>certificate</source>
        <translation>куәлік</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="151"/>
        <source>CRL</source>
        <translation>CRL файлы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="152"/>
        <source>attachment</source>
        <translation>тіркеме</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="153"/>
        <source>letter text</source>
        <translation>хат мәтіні</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="154"/>
        <source>document card</source>
        <translation>құжат карточкасы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="155"/>
        <source>XML document</source>
        <translation>XML құжаты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="156"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="157"/>
        <source>CMS</source>
        <translation>CMS</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="162"/>
        <source>Permission denied</source>
        <translation>рұқсат жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="163"/>
        <source>No such file or directory</source>
        <translation>мұндай файл немесе қалта жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="164"/>
        <source>Is a directory</source>
        <translation>бұл қалта</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="165"/>
        <source>Not a directory</source>
        <translation>қалта емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="166"/>
        <source>File name too long</source>
        <translation>файл атауы тым ұзын</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="167"/>
        <source>No such device or address</source>
        <translation>мұндай құрылғы немесе мекенжай жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="168"/>
        <source>Input/output error</source>
        <translation>енгізу-шығару қатесі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="169"/>
        <source>Too many levels of symbolic links</source>
        <translation>символдық сілтемелер тым көп</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="170"/>
        <source>No space left on device</source>
        <translation>дискіде орын қалмады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="171"/>
        <source>Read-only file system</source>
        <translation>файлдық жүйе тек оқуға арналған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="174"/>
        <source>content_missing</source>
        <translation>құжат жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="175"/>
        <source>older_generation</source>
        <translation>ҰКО ескі буыны</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="176"/>
        <source>unknown_algorithm</source>
        <translation>белгісіз алгоритм</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="177"/>
        <source>invalid_signature</source>
        <translation>қолтаңба жарамсыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="178"/>
        <source>content_modified</source>
        <translation>мазмұны өзгертілген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="179"/>
        <source>malformed</source>
        <translation>бүлінген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="180"/>
        <source>unknown signer</source>
        <translation>белгісіз қол қоюшы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="181"/>
        <source>no signer</source>
        <translation>қол қоюшы жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="184"/>
        <source>OCSP embedded in the signature</source>
        <translation>қолтаңбаға енгізілген OCSP</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="185"/>
        <source>OCSP kept from an earlier check</source>
        <translation>алдыңғы тексеруден сақталған OCSP</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="186"/>
        <source>delta CRL #%1</source>
        <translation>дельта-CRL №%1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="189"/>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="190"/>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="193"/>
        <source>no such file: %1</source>
        <translation>мұндай файл жоқ: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="194"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 — бұл қалта, файл емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="197"/>
        <source>%1 is not a regular file (a device, pipe or socket): give a file</source>
        <translation>%1 — кәдімгі файл емес (құрылғы, арна немесе сокет): файл көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="199"/>
        <source>cannot read %1 %2: %3</source>
        <translation>%1 %2 оқылмады: %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="202"/>
        <source>%1 %2 is larger than the %3 limit</source>
        <translation>%1 %2 %3 шегінен үлкен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="207"/>
        <source>the disk holding %1 is full: nothing was changed; free some space and try again</source>
        <translation>%1 тұрған диск толы: ештеңе өзгерген жоқ; орын босатып, қайталап көріңіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="210"/>
        <source>the disk holding %1 is full</source>
        <translation>%1 тұрған диск толы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="211"/>
        <source>the mail cache %1</source>
        <translation>%1 пошта кэші</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="213"/>
        <source>%1 is a folder: name the file to write</source>
        <translation>%1 — қалта: жазылатын файлдың атын көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="217"/>
        <source>wrong password for %1</source>
        <translation>%1 үшін құпиясөз қате</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="218"/>
        <source>the password for %1 is needed</source>
        <translation>%1 үшін құпиясөз қажет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="219"/>
        <source>not a PKCS#12 key file (.p12, as the NCA issues them)</source>
        <translation>PKCS#12 кілт файлы емес (ҰКО беретін .p12 файлы)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="223"/>
        <source>%1: not a PKCS#12 key file (.p12, as the NCA issues them)</source>
        <translation>%1: PKCS#12 кілт файлы емес (ҰКО беретін .p12 файлы)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="225"/>
        <source>%1: corrupt PKCS#12 content (%2)</source>
        <translation>%1: PKCS#12 мазмұны бүлінген (%2)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="229"/>
        <source>%1: the key file asks for %2 rounds of password hashing; at most %3 are accepted (NCA keys use 2,048): a file made this way would stall the program</source>
        <translation>%1: кілт файлы құпиясөзді %2 рет хэштеуді талап етеді; ең көбі %3 рет қабылданады (ҰКО кілттерінде 2 048): бұлай жасалған файл бағдарламаны тоқтатып тастар еді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="235"/>
        <source>%1 holds no private key</source>
        <translation>%1 ішінде жабық кілт жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="236"/>
        <source>%1 holds no certificate for its key</source>
        <translation>%1 ішінде кілтінің куәлігі жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="239"/>
        <source>%1: the private key does not match the certificate</source>
        <translation>%1: жабық кілт куәлікке сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="243"/>
        <source>%1 is an authentication (AUTH) key; NCA issues a separate key for signing (RSA_/GOST_ file)</source>
        <translation>%1 — аутентификация кілті (AUTH); қол қою үшін ҰКО бөлек кілт береді (RSA_/GOST_ файлы)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="249"/>
        <source>the certificate of %1 expired on %2 (valid %3 to %4); get a new key from the NCA</source>
        <translation>%1 куәлігінің мерзімі %2 өтті (%3 – %4 аралығында жарамды болған); ҰКО-дан жаңа кілт алыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="253"/>
        <source>the certificate of %1 is not valid until %2</source>
        <translation>%1 куәлігі тек %2 бастап жарамды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="258"/>
        <source>%1 is a GOST 34.310-2004 key: the NCA no longer issues these, and QazMail only verifies what they signed; sign with a GOST 34.10-2015 key</source>
        <translation>%1 — ГОСТ 34.310-2004 кілті: ҰКО мұндай кілттерді енді бермейді, ал QazMail олармен қойылған қолтаңбаларды тек тексереді; ГОСТ 34.10-2015 кілтімен қол қойыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="267"/>
        <source>the certificate of %1 was revoked on %2 (%3) according to %4: a signature made with it would not be valid</source>
        <translation>%4 мәліметі бойынша %1 куәлігі %2 кері қайтарылған (%3): онымен қойылған қолтаңба жарамсыз болар еді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="274"/>
        <source>the key&apos;s issuing CA is not known here: its revocation status was not checked</source>
        <translation>кілтті берген КО мұнда белгісіз: оның кері қайтарылу мәртебесі тексерілмеді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="277"/>
        <source>revocation status not checked: %1</source>
        <translation>кері қайтарылу мәртебесі тексерілмеді: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="281"/>
        <source>not checked: the key&apos;s issuing CA is not known here</source>
        <translation>тексерілмеді: кілтті берген КО мұнда белгісіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="283"/>
        <source>not checked: %1</source>
        <translation>тексерілмеді: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="286"/>
        <source>suspended on %1 per %2; the CA may lift it</source>
        <translation>%2 бойынша %1 тоқтатыла тұрған; КО тоқтатуды алып тастауы мүмкін</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="288"/>
        <source>revoked on %1 (%2) per %3</source>
        <translation>%3 бойынша %1 кері қайтарылған (%2)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="289"/>
        <source>good as of %1 per %2</source>
        <translation>%2 бойынша %1 кезінде жарамды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="291"/>
        <source>the certificate names no OCSP responder</source>
        <translation>куәлікте OCSP қызметі көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="295"/>
        <source>the key&apos;s issuing CA is not known here: the signature carries no certificate status</source>
        <translation>кілтті берген КО мұнда белгісіз: қолтаңбада куәлік мәртебесі жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="299"/>
        <source>the signature carries no certificate status, so it proves itself only while the CA&apos;s services answer: %1</source>
        <translation>қолтаңбада куәлік мәртебесі жоқ, сондықтан ол КО қызметтері жауап беріп тұрғанда ғана өзін дәлелдейді: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="305"/>
        <source>expires in %1 days</source>
        <translation>мерзімі %1 күннен кейін бітеді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="306"/>
        <source>expired</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="309"/>
        <source>neither DER, PEM nor base64 data</source>
        <translation>DER де, PEM де, base64 те емес деректер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="312"/>
        <source>not an X.509 certificate (DER, PEM or base64)</source>
        <translation>X.509 куәлігі емес (DER, PEM немесе base64)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="316"/>
        <source>not a CMS signature (damaged, or another kind of file)</source>
        <translation>CMS қолтаңбасы емес (бүлінген немесе басқа түрдегі файл)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="319"/>
        <source>not a CMS SignedData (content type %1)</source>
        <translation>CMS SignedData емес (мазмұн түрі %1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="321"/>
        <source>malformed CMS SignedData</source>
        <translation>бүлінген CMS SignedData</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="322"/>
        <source>malformed CMS (%1)</source>
        <translation>бүлінген CMS (%1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="325"/>
        <source>%1 bytes follow the end of the CMS: not one signature</source>
        <translation>CMS соңынан кейін %1 байт бар: бұл бір қолтаңба емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="329"/>
        <source>the CMS is detached: give the signed document (--data FILE)</source>
        <translation>CMS бөлек: қол қойылған құжатты көрсетіңіз (--data FILE)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="332"/>
        <source>the XML document is larger than %1 MiB</source>
        <translation>XML құжаты %1 МиБ-тан үлкен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="336"/>
        <source>the XML document declares a DTD or entities (or is not UTF-8): refused</source>
        <translation>XML құжатында DTD немесе entity жарияланған (не UTF-8 емес): қабылданбады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="339"/>
        <source>the XML document declares a DTD: refused</source>
        <translation>XML құжатында DTD жарияланған: қабылданбады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="341"/>
        <source>not well-formed XML (%1)</source>
        <translation>XML дұрыс құрылмаған (%1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="344"/>
        <source>the XML document is nested more than %1 deep: refused</source>
        <translation>XML құжатының кірістірілу тереңдігі %1 деңгейден асады: қабылданбады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="348"/>
        <source>the XML document holds more than %1 signatures: refused</source>
        <translation>XML құжатында %1 қолтаңбадан көп: қабылданбады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="352"/>
        <source>the signer&apos;s certificate is not in the signature (KeyInfo)</source>
        <translation>қол қоюшының куәлігі қолтаңбада жоқ (KeyInfo)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="356"/>
        <source>%1: XML signatures are made with GOST 34.10-2015 (512) or RSA-SHA256 keys</source>
        <translation>%1: XML қолтаңбалары ГОСТ 34.10-2015 (512) немесе RSA-SHA256 кілттерімен қойылады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="358"/>
        <source>not a PDF file</source>
        <translation>PDF файлы емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="360"/>
        <source>a PDF larger than %1 MiB is not signed</source>
        <translation>%1 МиБ-тан үлкен PDF-ке қол қойылмайды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="364"/>
        <source>the PDF is encrypted: QazMail signs PDFs that open without a password</source>
        <translation>PDF шифрланған: QazMail құпиясөзсіз ашылатын PDF-терге ғана қол қояды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="366"/>
        <source>the PDF cannot be signed: %1</source>
        <translation>PDF-ке қол қою мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="369"/>
        <source>the PDF was changed after its last signature; signing refused</source>
        <translation>PDF соңғы қолтаңбадан кейін өзгертілген; қол қоюдан бас тартылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="373"/>
        <source>signature %1 of the PDF cannot be read (%2); signing refused</source>
        <translation>PDF-тің %1-қолтаңбасы оқылмады (%2); қол қоюдан бас тартылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="378"/>
        <source>the signature with its evidence is larger than the room a PDF keeps for it</source>
        <translation>дәлелдерімен бірге қолтаңба PDF оған қалдыратын орыннан үлкен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="382"/>
        <source>what was added to %1 after its last signature</source>
        <translation>%1 құжатына соңғы қолтаңбадан кейін қосылғаны</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="385"/>
        <source>the rest of %1, outside the element %2</source>
        <translation>%1 файлының %2 элементінен тыс қалған бөлігі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="388"/>
        <source>this CMS holds no signature to co-sign</source>
        <translation>бұл CMS ішінде қосымша қол қоятын қолтаңба жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="392"/>
        <source>signature %1 (%2) is %3: %4; co-signing refused</source>
        <translation>%1-қолтаңба (%2): %3 — %4; қосымша қол қоюдан бас тартылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="397"/>
        <source>signature %1 (%2) is %3: %4; signing refused</source>
        <translation>%1-қолтаңба (%2): %3 — %4; қол қоюдан бас тартылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="402"/>
        <source>%1 already carried a signature: yours was added to it (co-signed)</source>
        <translation>%1 файлында қолтаңба бар еді: сіздікі оған қосылды (қосымша қол қойылды)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="406"/>
        <source>%1 is not co-signed (%2): it is signed as a file instead</source>
        <translation>%1 файлына қосымша қол қойылмады (%2): оның орнына файл ретінде қол қойылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="411"/>
        <source>%1 is not a PDF: signed as %2 beside it instead</source>
        <translation>%1 — PDF емес: оның орнына қасына %2 ретінде қол қойылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="415"/>
        <source>%1 cannot be signed inside a PDF by eGov Mobile: signed as %2 beside it instead</source>
        <translation>eGov Mobile %1 файлына PDF ішінде қол қоя алмайды: оның орнына қасына %2 ретінде қол қойылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="419"/>
        <source>%1 cannot be signed inside (%2): signed as %3 beside it instead</source>
        <translation>%1 ішіне қол қою мүмкін емес (%2): оның орнына қасына %3 ретінде қол қойылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="426"/>
        <source>signature valid; when it was made is proven by a trusted time-stamp</source>
        <translation>қолтаңба жарамды; қашан қойылғанын сенімді уақыт белгісі дәлелдейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="430"/>
        <source>signature valid; certificate valid and not revoked now; its signing time is only the signer&apos;s claim</source>
        <translation>қолтаңба жарамды; куәлік қазір жарамды әрі кері қайтарылмаған; қол қою уақыты — тек қол қоюшының мәлімдемесі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="436"/>
        <source>signature valid; certificate valid and not revoked now</source>
        <translation>қолтаңба жарамды; куәлік қазір жарамды әрі кері қайтарылмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="440"/>
        <source>an XML signature carries no time-stamp: when it was made is not proven</source>
        <translation>XML қолтаңбасында уақыт белгісі жоқ: қашан қойылғаны дәлелденбеген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="444"/>
        <source>the document differs from the one that was signed (modified after signing, or another document)</source>
        <translation>құжат қол қойылғанынан өзгеше (қол қойылғаннан кейін өзгертілген немесе басқа құжат)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="450"/>
        <source>the XML differs from the one that was signed (modified after signing)</source>
        <translation>XML қол қойылғанынан өзгеше (қол қойылғаннан кейін өзгертілген)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="454"/>
        <source>the signature does not match the signer&apos;s key</source>
        <translation>қолтаңба қол қоюшының кілтіне сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="458"/>
        <source>signingCertificateV2 names a different certificate</source>
        <translation>signingCertificateV2 басқа куәлікті көрсетеді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="462"/>
        <source>the signed document is needed to check integrity (detached signature)</source>
        <translation>тұтастықты тексеру үшін қол қойылған құжат қажет (бөлек қолтаңба)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="466"/>
        <source>CMS without signed attributes is not supported</source>
        <translation>қол қойылған атрибуттары жоқ CMS қолдау көрсетілмейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="468"/>
        <source>signed attributes lack messageDigest</source>
        <translation>қол қойылған атрибуттарда messageDigest жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="469"/>
        <source>unsupported digest algorithm %1</source>
        <translation>хэш алгоритміне қолдау көрсетілмейді: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="470"/>
        <source>malformed signer information (%1)</source>
        <translation>қол қоюшы туралы мәлімет бүлінген (%1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="473"/>
        <source>the signer&apos;s certificate is not included in the CMS</source>
        <translation>қол қоюшының куәлігі CMS ішінде жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="476"/>
        <source>the certificate is not valid until %1</source>
        <translation>куәлік тек %1 бастап жарамды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="480"/>
        <source>the certificate expired on %1, before the time-stamp&apos;s time</source>
        <translation>куәліктің мерзімі %1 өтті, уақыт белгісіндегі уақыттан бұрын</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="485"/>
        <source>the certificate expired on %1; no trusted time-stamp proves the signature was made before the certificate expired</source>
        <translation>куәліктің мерзімі %1 өтті; қолтаңбаның куәлік мерзімі өткенге дейін қойылғанын сенімді уақыт белгісі дәлелдемейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="493"/>
        <source>the certificate does not allow signing documents (key usage: %1; an authentication key)</source>
        <translation>куәлік құжаттарға қол қоюға рұқсат бермейді (кілтті пайдалану: %1; аутентификация кілті)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="499"/>
        <source>the certificate does not chain to a trusted root</source>
        <translation>куәлік сенімді түбір куәлікке апармайды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="507"/>
        <source>revoked on %1 per %2 (%3), before the time-stamp&apos;s time</source>
        <translation>%2 бойынша %1 кері қайтарылған (%3), уақыт белгісіндегі уақыттан бұрын</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="512"/>
        <source>suspended on %1 per %2 (%3), before the time-stamp&apos;s time</source>
        <translation>%2 бойынша %1 тоқтатыла тұрған (%3), уақыт белгісіндегі уақыттан бұрын</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="517"/>
        <source>revoked on %1 per %2 (%3); no trusted time-stamp proves the signature was made before the revocation</source>
        <translation>%2 бойынша %1 кері қайтарылған (%3); қолтаңбаның кері қайтарылғанға дейін қойылғанын сенімді уақыт белгісі дәлелдемейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="524"/>
        <source>suspended on %1 per %2 (%3); no trusted time-stamp proves the signature was made before the suspension</source>
        <translation>%2 бойынша %1 тоқтатыла тұрған (%3); қолтаңбаның тоқтатылғанға дейін қойылғанын сенімді уақыт белгісі дәлелдемейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="532"/>
        <source>revoked on %1 per %2 (%3), after the proven time of signing</source>
        <translation>%2 бойынша %1 кері қайтарылған (%3), дәлелденген қол қою уақытынан кейін</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="537"/>
        <source>suspended on %1 per %2 (%3), after the proven time of signing</source>
        <translation>%2 бойынша %1 тоқтатыла тұрған (%3), дәлелденген қол қою уақытынан кейін</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="540"/>
        <source>revoked on %1 per %2 (%3)</source>
        <translation>%2 бойынша %1 кері қайтарылған (%3)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="541"/>
        <source>suspended on %1 per %2 (%3)</source>
        <translation>%2 бойынша %1 тоқтатыла тұрған (%3)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="542"/>
        <source>the CA may lift it</source>
        <translation>КО тоқтатуды алып тастауы мүмкін</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="543"/>
        <source>not revoked per %1</source>
        <translation>%1 бойынша кері қайтарылмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="544"/>
        <source>not revocable (trusted root)</source>
        <translation>кері қайтарылмайды (сенімді түбір)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="545"/>
        <source>status unknown: %1</source>
        <translation>мәртебесі белгісіз: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="549"/>
        <source>the signature is intact, but no CRL or OCSP answer at hand says whether the certificate was revoked at the time-stamp&apos;s time (see revocation)</source>
        <translation>қолтаңба бүтін, бірақ қолдағы бірде-бір CRL не OCSP жауабы куәліктің уақыт белгісіндегі уақытта кері қайтарылған-қайтарылмағанын көрсетпейді (кері қайтарылуын қараңыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="558"/>
        <source>the signature is intact, but no CRL or OCSP answer at hand says whether the certificate was revoked now (see revocation)</source>
        <translation>қолтаңба бүтін, бірақ қолдағы бірде-бір CRL не OCSP жауабы куәліктің қазір кері қайтарылған-қайтарылмағанын көрсетпейді (кері қайтарылуын қараңыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="565"/>
        <source>%1 of %2, next update %3</source>
        <translation>%2 күнгі %1, келесі жаңартуы %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="566"/>
        <source>%1 of %2</source>
        <translation>%2 күнгі %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="570"/>
        <source>issuer %1 not found among trusted certificates</source>
        <translation>беруші %1 сенімді куәліктер арасында табылмады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="572"/>
        <source>root %1 is not trusted</source>
        <translation>%1 түбір куәлігіне сенім жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="573"/>
        <source>%1 is not a CA certificate</source>
        <translation>%1 — КО куәлігі емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="575"/>
        <source>CA certificate %1 was not valid at %2</source>
        <translation>%1 КО куәлігі %2 кезінде жарамсыз болған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="577"/>
        <source>certificate chain too long</source>
        <translation>куәліктер тізбегі тым ұзын</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="578"/>
        <source>no CRL of %1 at hand</source>
        <translation>қолда %1 CRL тізімі жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="581"/>
        <source>%1 was issued %2 after the certificate expired (%3) and no longer lists it</source>
        <translation>%1 куәліктің мерзімі өткеннен (%3) кейін, %2 шығарылған және оны енді тізімге енгізбейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="586"/>
        <source>%1 was issued %2, after the time judged</source>
        <translation>%1 %2 шығарылған, бағаланатын уақыттан кейін</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="591"/>
        <source>%1 is stale: its next update was due %2</source>
        <translation>%1 ескірген: келесі жаңартуы %2 болуы керек еді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="596"/>
        <source>%1 naming %2 ignored: not signed by that CA</source>
        <translation>%2 атынан шыққан %1 ескерілмеді: оған сол КО қол қоймаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="601"/>
        <source>%1 of %2 ignored: the CA&apos;s certificate does not allow signing CRLs (keyUsage cRLSign)</source>
        <translation>%2 берген %1 ескерілмеді: КО куәлігі CRL-ге қол қоюға рұқсат бермейді (keyUsage cRLSign)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="606"/>
        <source>%1 ignored: not signed by %2 or an OCSP responder it issued (id-kp-OCSPSigning)</source>
        <translation>%1 ескерілмеді: оған %2 де, ол берген OCSP қызметі де қол қоймаған (id-kp-OCSPSigning)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="609"/>
        <source>%1 is not a CRL (%2)</source>
        <translation>%1 — CRL емес (%2)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="612"/>
        <source>trust folder or certificate not found: %1</source>
        <translation>сенім қалтасы немесе куәлік табылмады: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="614"/>
        <source>OCSP %1 answered %2</source>
        <translation>OCSP %1 жауабы: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="615"/>
        <source>%1 answered %2</source>
        <translation>%1 жауабы: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="616"/>
        <source>%1 unreachable: %2</source>
        <translation>%1 қолжетімсіз: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="617"/>
        <source>%1 did not send a CRL</source>
        <translation>%1 CRL жібермеді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="620"/>
        <source>the time-stamp is not over this signature</source>
        <translation>уақыт белгісі бұл қолтаңбаға қойылмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="622"/>
        <source>unreadable time-stamp: %1</source>
        <translation>уақыт белгісі оқылмады: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="623"/>
        <source>time-stamp signature: %1</source>
        <translation>уақыт белгісінің қолтаңбасы: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="626"/>
        <source>not made by a time-stamping authority: %1</source>
        <translation>уақыт белгісі қызметі жасамаған: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="631"/>
        <source>the time-stamp authority&apos;s certificate was %1</source>
        <translation>уақыт белгісі қызметінің куәлігі: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="636"/>
        <source>time-stamp authority not trusted: %1</source>
        <translation>уақыт белгісі қызметіне сенім жоқ: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="641"/>
        <source>no evidence at hand says whether the time-stamp authority&apos;s certificate was revoked at its time (%1)</source>
        <translation>уақыт белгісі қызметінің куәлігі сол уақытта кері қайтарылған-қайтарылмағанын қолдағы ешбір дерек көрсетпейді (%1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="648"/>
        <source>%1 is not a time-stamping authority (no extendedKeyUsage id-kp-timeStamping)</source>
        <translation>%1 — уақыт белгісі қызметі емес (extendedKeyUsage id-kp-timeStamping жоқ)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="652"/>
        <source>%1 is not a time-stamping authority (its extendedKeyUsage is %2)</source>
        <translation>%1 — уақыт белгісі қызметі емес (оның extendedKeyUsage: %2)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="657"/>
        <source>the issuing CA %1 was revoked on %2 (%3), before the time-stamp&apos;s time</source>
        <translation>куәлікті берген %1 КО %2 кері қайтарылған (%3), уақыт белгісіндегі уақыттан бұрын</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="662"/>
        <source>the issuing CA %1 was revoked on %2 (%3), before now (no trusted time-stamp proves otherwise)</source>
        <translation>куәлікті берген %1 КО %2 кері қайтарылған (%3), қазіргі сәттен бұрын (сенімді уақыт белгісі басқасын дәлелдемейді)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="667"/>
        <source>%1: revocation not checked (%2)</source>
        <translation>%1: кері қайтарылуы тексерілмеді (%2)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="669"/>
        <source>%1: not revoked per %2</source>
        <translation>%1: %2 бойынша кері қайтарылмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="672"/>
        <source>%1: revoked on %2 per %3, after the time judged</source>
        <translation>%1: %3 бойынша %2 кері қайтарылған, бағаланатын уақыттан кейін</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="677"/>
        <source>%1: revoked on %2 per %3 (%4)</source>
        <translation>%1: %3 бойынша %2 кері қайтарылған (%4)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="683"/>
        <source>an older NCA generation this version cannot check: RSA with SHA-1; it is neither proven valid nor shown invalid</source>
        <translation>бұл нұсқа тексере алмайтын ҰКО-ның ескі буыны: SHA-1 бар RSA; ол жарамды деп дәлелденбеген, жарамсыз деп те көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="692"/>
        <source>an older NCA generation this version cannot check: the GOST family of 2011–2016 (%1); it is neither proven valid nor shown invalid</source>
        <translation>бұл нұсқа тексере алмайтын ҰКО-ның ескі буыны: 2011–2016 жылдардағы ГОСТ тобы (%1); ол жарамды деп дәлелденбеген, жарамсыз деп те көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="699"/>
        <source>issued by the NCA root</source>
        <translation>ҰКО түбірі берген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="700"/>
        <source>issued by the NCA</source>
        <translation>ҰКО берген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="701"/>
        <source>issued by the state bodies&apos; CA (УЦГО)</source>
        <translation>мемлекеттік органдардың КО берген (УЦГО)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="702"/>
        <source>issued by BTS Digital&apos;s CA</source>
        <translation>BTS Digital КО берген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="705"/>
        <source>signed by %1, but the letter is from %2</source>
        <translation>%1 қол қойған, бірақ хат %2 атынан</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="709"/>
        <source>the signer&apos;s certificate names no e-mail address to compare with From</source>
        <translation>қол қоюшының куәлігінде From өрісімен салыстыратын e-mail мекенжайы жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="711"/>
        <source>the signed file %1 is not attached</source>
        <translation>қол қойылған %1 файлы тіркелмеген</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="715"/>
        <source>no account yet: add one with `account add`</source>
        <translation>әлі бірде-бір тіркелгі жоқ: `account add` арқылы қосыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="719"/>
        <source>several accounts: name one (--account NAME)</source>
        <translation>тіркелгілер бірнешеу: біреуін атаңыз (--account NAME)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="721"/>
        <source>no account named %1 (accounts: %2)</source>
        <translation>%1 атты тіркелгі жоқ (тіркелгілер: %2)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="722"/>
        <source>no folder %1 in %2 (folders: %3)</source>
        <translation>%2 ішінде %1 қалтасы жоқ (қалталар: %3)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="723"/>
        <source>no message with UID %1 in %2</source>
        <translation>%2 ішінде UID %1 хаты жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="724"/>
        <source>the letter has no recipient</source>
        <translation>хатта алушы жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="727"/>
        <source>this letter is not in the cache and the server is unreachable</source>
        <translation>бұл хат кэште жоқ, ал серверге қосылу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="729"/>
        <source>not an e-mail address: %1</source>
        <translation>электрондық пошта мекенжайы емес: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="732"/>
        <source>refusing to send a password in clear text to %1: use ssl or starttls</source>
        <translation>құпиясөз %1 серверіне ашық мәтінмен жіберілмейді: ssl немесе starttls пайдаланыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="737"/>
        <source>not a date: %1 (write 01.12.2026, 2026-12-01, today or yesterday)</source>
        <translation>күн емес: %1 (01.12.2026, 2026-12-01, today немесе yesterday деп жазыңыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="739"/>
        <source>%1: needs a value</source>
        <translation>%1: мәні қажет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="740"/>
        <source>%1: takes 12 digits, not %2</source>
        <translation>%1: %2 емес, 12 цифр қажет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="743"/>
        <source>has: takes attachment or signature, not %1</source>
        <translation>has: %1 емес, attachment немесе signature қажет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="745"/>
        <source>status: takes %1, not %2</source>
        <translation>status: %2 емес, мыналардың бірі қажет: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="749"/>
        <source>the QR code expired before the signing was confirmed in eGov Mobile</source>
        <translation>eGov Mobile-да қол қою расталғанша QR кодтың мерзімі бітті</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="751"/>
        <source>the QR code expired: %1</source>
        <translation>QR кодтың мерзімі бітті: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="752"/>
        <source>eGov Mobile did not sign: %1</source>
        <translation>eGov Mobile қол қоймады: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="753"/>
        <source>SIGEX (%1) cannot be reached: %2</source>
        <translation>SIGEX (%1) қолжетімсіз: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="754"/>
        <source>SIGEX (%1) did not answer in time</source>
        <translation>SIGEX (%1) уақытында жауап бермеді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="756"/>
        <source>signing with eGov Mobile was cancelled</source>
        <translation>eGov Mobile арқылы қол қою тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="760"/>
        <source>the signature eGov Mobile sent back is not valid: %1</source>
        <translation>eGov Mobile қайтарған қолтаңба жарамсыз: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="765"/>
        <source>the letter&apos;s parts came back signed with different certificates (was the second QR code scanned by another phone?): nothing is sent</source>
        <translation>хаттың бөліктері әртүрлі сертификаттармен қол қойылып қайтты (екінші QR кодты басқа телефон сканерлеген жоқ па?): ештеңе жіберілмейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="773"/>
        <source>SIGEX returned a signature with a document inside or other signers, not one detached</source>
        <translation>SIGEX бір бөлек қолтаңба емес, ішінде құжаты бар немесе басқа қол қоюшылары бар қолтаңба қайтарды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="777"/>
        <source>%1 MiB to sign: SIGEX takes %2 MiB at most in one signing</source>
        <translation>қол қоюға %1 МиБ: SIGEX бір қол қоюда ең көбі %2 МиБ қабылдайды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="781"/>
        <source>the signature eGov Mobile sent back names no certificate</source>
        <translation>eGov Mobile қайтарған қолтаңбада сертификат көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="131"/>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
</context>
</TS>
