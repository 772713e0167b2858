/// The messages several parts of this module print.
extension Message {
  public static let record = Message(
    english: "record {index}",
    indonesian: "entri ke-{index}")
  public static let theFile = Message(
    english: "the file",
    indonesian: "berkas ini")
  public static let expectedRecordArray = Message(
    english: "expected an array of records, found {found}",
    indonesian: "seharusnya array berisi entri, ditemukan {found}")
  public static let expectedWholeNumber = Message(
    english: "expected a whole number, found {found}",
    indonesian: "seharusnya bilangan bulat, ditemukan {found}")
  public static let expectedReportedDate = Message(
    english: "expected a date YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no day, found '{found}'",
    indonesian: "seharusnya tanggal YYYY-MM-DD, atau YYYY-MM atau YYYY bila sumber tidak menyebut harinya, ditemukan '{found}'")
  public static let expectedNonEmptyString = Message(
    english: "expected a non-empty string, found {found}",
    indonesian: "seharusnya string yang tidak kosong, ditemukan {found}")
  public static let storeNotFound = Message(
    english: "no store at '{path}'",
    indonesian: "tidak ada registri di '{path}'")
  public static let storeNotADirectory = Message(
    english: "'{path}' is not a folder",
    indonesian: "'{path}' bukan folder")
  public static let storeAlreadyExists = Message(
    english: "'{path}' already holds files; choose a new or empty folder for the new store",
    indonesian: "'{path}' sudah berisi berkas; pilih folder baru atau kosong untuk registri baru")
  public static let missingFile = Message(
    english: "{path}: missing; every store holds this file",
    indonesian: "{path}: tidak ada; setiap registri memuat berkas ini")
  public static let notAFile = Message(
    english: "{path}: is a folder, expected a JSON file",
    indonesian: "{path}: berupa folder, seharusnya berkas JSON")
  public static let emptyFile = Message(
    english: "{path}: empty file, expected a JSON array",
    indonesian: "{path}: berkas kosong, seharusnya array JSON")
  public static let notUTF8 = Message(
    english: "{path}:{line}:{column}: not UTF-8 text; save the file as UTF-8",
    indonesian: "{path}:{line}:{column}: bukan teks UTF-8; simpan berkas sebagai UTF-8")
  public static let invalidRecord = Message(
    english: "{file}: {record}: {reason}",
    indonesian: "{file}: {record}: {reason}")
  public static let unsupportedVersion = Message(
    english: "{path}: store format version {found} is newer than this smartcity reads ({supported}); upgrade smartcity",
    indonesian:
      "{path}: versi format registri {found} lebih baru daripada yang dibaca smartcity ini ({supported}); perbarui smartcity")
  public static let duplicateID = Message(
    english: "{file}: duplicate id '{id}'; each record needs its own id",
    indonesian: "{file}: id '{id}' muncul dua kali; setiap entri memerlukan id sendiri")
  public static let danglingReference = Message(
    english: "{file}: {record}, field '{field}': '{value}' is not in {target}",
    indonesian: "{file}: {record}, kolom '{field}': '{value}' tidak ada di {target}")
  public static let readFailed = Message(
    english: "cannot read {path}: {reason}",
    indonesian: "tidak dapat membaca {path}: {reason}")
  public static let writeFailed = Message(
    english: "cannot write {path}: {reason}; the store was left as it was",
    indonesian: "tidak dapat menulis {path}: {reason}; registri dibiarkan seperti semula")
  public static let commitUnfinished = Message(
    english: "cannot write {path}: {reason} (the next command will finish the write)",
    indonesian: "tidak dapat menulis {path}: {reason} (perintah berikutnya akan menyelesaikan penulisan)")
  public static let storeReadOnly = Message(
    english: "cannot write to the store {path}: it is read-only ({reason}); write to a copy, or make the folder writable",
    indonesian:
      "tidak dapat menulis ke registri {path}: hanya-baca ({reason}); tulis ke salinannya, atau jadikan foldernya dapat ditulis")
  public static let outputFailed = Message(
    english: "cannot write to {path}: {reason}",
    indonesian: "tidak dapat menulis ke {path}: {reason}")
  public static let locked = Message(
    english:
      "the store is locked by another process (waited {seconds} for the lock on {path}); try again, or raise SMARTCITY_LOCK_TIMEOUT",
    indonesian:
      "registri sedang dikunci proses lain (sudah menunggu {seconds} untuk kunci {path}); coba lagi, atau naikkan SMARTCITY_LOCK_TIMEOUT"
  )
  public static let unknownRegency = Message(
    english: "no regency or city matches '{input}'; {hint}",
    indonesian: "tidak ada kabupaten/kota yang cocok dengan '{input}'; {hint}")
  public static let ambiguousRegency = Message(
    english: "'{input}' is ambiguous: {candidates}; say 'Kabupaten {input}' or 'Kota {input}', or give the code",
    indonesian: "'{input}' bermakna ganda: {candidates}; tulis 'Kabupaten {input}' atau 'Kota {input}', atau beri kodenya")
  public static let provinceNotRegion = Message(
    english: "'{input}' is a province, {province}; name one of its regions: {regions}",
    indonesian: "'{input}' adalah provinsi, {province}; sebut salah satu daerahnya: {regions}")
  public static let unknownProvince = Message(
    english: "no province matches '{input}'; {hint}",
    indonesian: "tidak ada provinsi yang cocok dengan '{input}'; {hint}")
  public static let unknownCohort = Message(
    english: "no cohort '{input}'; known cohorts: {known}",
    indonesian: "tidak ada angkatan '{input}'; angkatan yang dikenal: {known}")
  public static let cohortIsAPhase = Message(
    english: "'{input}' is a phase of cohort {cohort} (its signings of {input}), not a cohort",
    indonesian: "'{input}' adalah fase dari angkatan {cohort} (penandatanganannya pada {input}), bukan angkatan")
  public static let unknownPhase = Message(
    english: "no cohort has a phase {input}; the phases are {known}",
    indonesian: "tidak ada angkatan dengan fase {input}; fase yang ada: {known}")
  public static let unknownPhaseOfCohort = Message(
    english: "cohort {cohort} has no phase {input}; the phases are {known}",
    indonesian: "angkatan {cohort} tidak punya fase {input}; fase yang ada: {known}")
  public static let noCohortForYear = Message(
    english: "no cohort signs in {year}",
    indonesian: "tidak ada angkatan yang menandatangani pada {year}")
  public static let severalCohortsForYear = Message(
    english: "several cohorts sign in {year}",
    indonesian: "beberapa angkatan menandatangani pada {year}")
  public static let duplicateMoU = Message(
    english: "this region already has an MoU in that cohort: {id}, signed {date}; one MoU per region per cohort",
    indonesian:
      "daerah ini sudah memiliki nota kesepakatan pada angkatan itu: {id}, ditandatangani {date}; satu nota kesepakatan per daerah per angkatan"
  )
  public static let dateOutsideCohort = Message(
    english: "{date} is not in cohort {cohort}, which signed in {years}",
    indonesian: "{date} tidak termasuk angkatan {cohort}, yang menandatangani pada {years}")
  public static let noMembership = Message(
    english: "{regency} has no MoU",
    indonesian: "{regency} belum memiliki nota kesepakatan")
  public static let severalMemberships = Message(
    english: "{regency} signed in several cohorts",
    indonesian: "{regency} menandatangani pada beberapa angkatan")
  public static let duplicateMilestone = Message(
    english: "this milestone is already recorded: {id}",
    indonesian: "tahapan ini sudah tercatat: {id}")
  public static let duplicateQuickWin = Message(
    english: "this quick win is already recorded: {id}; give another title",
    indonesian: "quick win ini sudah tercatat: {id}; beri judul lain")
  public static let nothingToUndo = Message(
    english: "nothing to undo: the journal ({path}) holds no earlier write",
    indonesian: "tidak ada yang dapat dibatalkan: jurnal ({path}) tidak memuat penulisan sebelumnya")
  public static let brokenJournal = Message(
    english: "{path}: {reason}; the journal entry cannot be undone",
    indonesian: "{path}: {reason}; entri jurnal ini tidak dapat dibatalkan")
  public static let unknownMoUAlone = Message(
    english: "no MoU with id '{id}'",
    indonesian: "tidak ada nota kesepakatan dengan id '{id}'")
  public static let unknownMoU = Message(
    english: "no MoU with id '{id}'; {hint}",
    indonesian: "tidak ada nota kesepakatan dengan id '{id}'; {hint}")
  public static let recordInUse = Message(
    english: "{id} is referred to by {records}; remove or change those first",
    indonesian: "{id} dirujuk oleh {records}; hapus atau ubah entri itu dahulu")
  public static let duplicateRecord = Message(
    english: "{file} already holds '{id}'; each record needs its own id",
    indonesian: "{file} sudah memuat '{id}'; setiap entri memerlukan id sendiri")
  public static let invalidInput = Message(
    english: "{field}: {reason}",
    indonesian: "{field}: {reason}")
  public static let importFailed = Message(
    english: "{file}: {count} bad {count|row|rows}, nothing imported: {problems}",
    indonesian: "{file}: {count} baris salah, tidak ada yang diimpor: {problems}")
  public static let unknownLetter = Message(
    english: "no selection letter '{number}'; known: {known}",
    indonesian: "tidak ada surat penetapan '{number}'; yang dikenal: {known}")
  public static let andMore = Message(
    english: "and {count} more",
    indonesian: "dan {count} lainnya")
  public static let verbatim = Message(
    english: "{text}",
    indonesian: "{text}")
  public static let added = Message(
    english: "Added {record} to {file}",
    indonesian: "Ditambahkan {record} ke {file}")
  public static let regionNotRecord = Message(
    english: "'{input}' names a region, not a record; the ids of its records: {ids}",
    indonesian: "'{input}' menyebut daerah, bukan entri; id entri-entrinya: {ids}")
  public static let regionRecordItself = Message(
    english: "{code} (the region itself)",
    indonesian: "{code} (daerah itu sendiri)")
  public static let unknownRecord = Message(
    english: "no record has the id '{id}'",
    indonesian: "tidak ada entri dengan id '{id}'")
  public static let changedSinceWrite = Message(
    english:
      "{file} has changed since '{command}' wrote it (a git pull, merge or checkout, or an editor); undo would lose those changes and is refused; go back with git (git checkout, git revert) or correct the record",
    indonesian:
      "{file} telah berubah sejak '{command}' menulisnya (git pull, merge atau checkout, atau editor); undo akan menghilangkan perubahan itu sehingga ditolak; kembalilah dengan git (git checkout, git revert) atau koreksi entrinya"
  )
  public static let gitUnavailable = Message(
    english: "cannot run git ({reason}); install git to use the store's history",
    indonesian: "git tidak dapat dijalankan ({reason}); pasang git untuk memakai riwayat registri")
  public static let gitFailed = Message(
    english: "{command} failed: {message}",
    indonesian: "{command} gagal: {message}")
  public static let unknownRevision = Message(
    english: "git knows no revision '{revision}'; give a commit, branch or tag (HEAD, main~1, v1.0), or a store folder",
    indonesian:
      "git tidak mengenal revisi '{revision}'; berikan commit, cabang atau tag (HEAD, main~1, v1.0), atau folder registri")
}
