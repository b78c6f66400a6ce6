import SQLite
import Extraction
let embeddedFileNames = Embedded.files.keys.sorted()
