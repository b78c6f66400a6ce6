/// The invented-but-plausible world the corpus writes about: real states with their demonyms and
/// capitals, name pools per region for officials, and real disputed territories with the name each
/// side uses. Fixed data, so the corpus is a function of the seed alone.
struct State {
    let code: String
    let name: String
    let demonym: String
    let capital: String
    let names: NamePool
    /// The head of government's style, and the foreign minister's where it differs ("Secretary of State").
    let leader: String
    let foreignMinister: String
}

struct NamePool {
    let male: [String]
    let female: [String]
    let family: [String]
    /// East Asian and Hungarian-style order: family name first.
    let familyFirst: Bool

    init(male: String, female: String, family: String, familyFirst: Bool = false) {
        self.male = male.split(separator: " ").map(String.init)
        self.female = female.split(separator: " ").map(String.init)
        self.family = family.split(separator: " ").map { $0.replacingUnderscores() }
        self.familyFirst = familyFirst
    }
}

extension Substring {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}

struct Territory {
    /// The name each side uses, keyed by state code; `neutral` is the English-press name.
    let namesBySide: [(code: String, name: String)]
    let neutral: String
    let holder: String?
    /// "islands", "region", ...: how the follow-up sentences refer to it.
    let noun: String
}

enum World {
    static let slavic = NamePool(
        male: "Sergei Dmitry Andrei Mikhail Nikolai Alexei Igor Viktor", female: "Maria Elena Olga Natalia Irina Svetlana Tatiana Anna",
        family: "Ivanov Petrov Volkov Sokolov Morozov Lebedev Kozlov Novikov Orlov Belov")
    static let ukrainian = NamePool(
        male: "Dmytro Oleksandr Andriy Vasyl Taras Mykola Pavlo", female: "Olena Iryna Yulia Oksana Kateryna Halyna",
        family: "Kuleba Shevchenko Bondarenko Tkachenko Kovalenko Melnyk Boyko Kravchuk")
    static let japanese = NamePool(
        male: "Taro Hiroshi Kenji Takeshi Yoshihide Fumio Katsuya Toshimitsu", female: "Yoko Sanae Yuko Seiko Tomomi Kyoko",
        family: "Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Matsumoto Inoue Kimura", familyFirst: false)
    static let chinese = NamePool(
        male: "Wei Jian Ming Qiang Lei Jun Yi Gang", female: "Li Hua Mei Ying Xia Yan", family: "Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu",
        familyFirst: true)
    static let korean = NamePool(
        male: "Min-ho Jae-in Sung-kim Young-soo Dong-hyun Jin-woo", female: "Kyung-wha Ji-won Hye-jin Soo-yeon Eun-ji",
        family: "Kim Lee Park Choi Jung Kang Cho Yoon", familyFirst: true)
    static let indian = NamePool(
        male: "Rajesh Subrahmanyam Arun Vikram Sanjay Anil Rahul Piyush", female: "Sushma Nirmala Priya Meera Anjali Smriti",
        family: "Sharma Jaishankar Singh Patel Gupta Reddy Iyer Menon Kumar Rao")
    static let pakistani = NamePool(
        male: "Imran Shah Bilawal Asif Ishaq Tariq Faisal", female: "Hina Sherry Ayesha Maleeha Fatima",
        family: "Khan Qureshi Bhutto Sharif Dar Malik Hussain Chaudhry")
    static let anglo = NamePool(
        male: "John Michael David James Robert William Richard Thomas Mark", female: "Elizabeth Mary Susan Karen Catherine Emily Sarah Jennifer",
        family: "Smith Johnson Williams Brown Taylor Anderson Clarke Hughes Walker Wright Harris")
    static let french = NamePool(
        male: "Jean Pierre François Emmanuel Laurent Bruno Stéphane", female: "Catherine Marie Sophie Élisabeth Nathalie Brigitte",
        family: "Martin Bernard Dubois Lefèvre Moreau Laurent Girard Rousseau Fontaine")
    static let german = NamePool(
        male: "Heiko Frank-Walter Olaf Jürgen Klaus Wolfgang Stefan", female: "Annalena Angela Ursula Sabine Katrin Petra",
        family: "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann")
    static let spanish = NamePool(
        male: "José Carlos Luis Jorge Javier Miguel Diego Santiago", female: "María Carmen Ana Isabel Lucía Gabriela",
        family: "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Díaz")
    static let portuguese = NamePool(
        male: "João Paulo Luiz Carlos Mauro Fernando Rafael", female: "Ana Beatriz Mariana Luciana Simone",
        family: "Silva Santos Oliveira Souza Pereira Costa Carvalho Almeida Vieira")
    static let armenian = NamePool(
        male: "Ararat Nikol Armen Tigran Zohrab Vahe", female: "Anahit Lilit Mane Nare",
        family: "Mirzoyan Pashinyan Sargsyan Grigoryan Hovhannisyan Harutyunyan")
    static let azeri = NamePool(
        male: "Jeyhun Ilham Elmar Hikmet Ramiz Farid", female: "Leyla Aynur Sevinj Gunel", family: "Bayramov Aliyev Mammadov Hajiyev Huseynov Guliyev")
    static let persian = NamePool(
        male: "Hossein Abbas Mohammad Javad Ali Reza Mehdi", female: "Maryam Fatemeh Zahra Masoumeh",
        family: "Amir-Abdollahian Araghchi Zarif Rouhani Larijani Rezaei Karimi Hosseini")
    static let arabic = NamePool(
        male: "Abdullah Faisal Mohammed Ahmed Sameh Khalid Hassan Nasser Omar", female: "Fatima Noura Reem Layla Amal Huda",
        family: "Al-Saud Shoukry Al-Nahyan Mekdad Bourita Al-Jubeir Haddad Mansour Khalil Nasser")
    static let hebrew = NamePool(
        male: "Yair Benjamin Eli Gideon Avigdor Yoav Naftali", female: "Tzipi Ayelet Miri Orit Yael",
        family: "Lapid Cohen Levi Katz Mizrahi Friedman Peretz Ben-David")
    static let turkish = NamePool(
        male: "Mevlüt Hakan Recep Ahmet Mehmet Ömer", female: "Ayşe Zeynep Elif Meral", family: "Çavuşoğlu Fidan Yılmaz Kaya Demir Şahin Öztürk")
    static let vietnamese = NamePool(
        male: "Minh Quang Đức Hùng Sơn Tuấn", female: "Lan Hương Thảo Mai Hà", family: "Nguyễn Trần Lê Phạm Bùi Đặng Vũ", familyFirst: true)
    static let filipino = NamePool(
        male: "Enrique Teodoro Rodrigo Ferdinand Manuel Ramon", female: "Maria Leni Corazon Imelda Risa",
        family: "Manalo Locsin Santos Reyes Cruz Bautista Aquino Marcos")
    static let malay = NamePool(
        male: "Saifuddin Anwar Hishammuddin Zambry Ahmad", female: "Siti Nurul Aishah Zuraida", family: "Abdullah Ibrahim Hussein Kadir Rahman Ismail")
    static let african = NamePool(
        male: "Yusuf Bola Kofi Samuel Musa Peter Emmanuel Daniel", female: "Ngozi Amina Wanjiru Grace Esther Chidi",
        family: "Tuggar Okonjo Mutua Odinga Kenyatta Adeyemi Okafor Mwangi Deng Garang")
    static let italian = NamePool(
        male: "Antonio Luigi Giorgio Matteo Paolo Guido", female: "Giorgia Francesca Chiara Giulia Elena",
        family: "Tajani Rossi Russo Ferrari Esposito Bianchi Romano Colombo")
    static let polish = NamePool(
        male: "Radosław Zbigniew Andrzej Mateusz Piotr", female: "Beata Anna Agnieszka Ewa", family: "Sikorski Nowak Kowalski Wiśniewski Wójcik Kamiński")
    static let swedish = NamePool(
        male: "Tobias Anders Magnus Lars Erik", female: "Ann Linde Maria Ebba Karin", family: "Billström Andersson Johansson Karlsson Nilsson Lindqvist")
    static let indonesian = NamePool(
        male: "Joko Sugiono Prabowo Budi Agus", female: "Retno Sri Dewi Puan", family: "Marsudi Widodo Subianto Santoso Wibowo Hartono")
    static let mauritian = NamePool(male: "Pravind Maneesh Dhananjay Alan", female: "Leela Fazila Anjalee", family: "Jugnauth Gobin Ramful Ganoo Bodha")
    static let sudanese = NamePool(
        male: "Ali Ibrahim Abdel Fattah Mohamed Osman", female: "Mariam Asma Hala", family: "Al-Burhan Sadiq Hamdok Osman Abdalla Elsheikh")
    static let southSudanese = NamePool(male: "Salva Riek James Deng Martin", female: "Rebecca Mary Awut", family: "Kiir Machar Lual Garang Wani Akol")
    static let guyanese = NamePool(male: "Hugh Mohamed Bharrat Irfaan Robert", female: "Carolyn Amna Gail", family: "Todd Ali Jagdeo Persaud Ramsaroop Sukhram")

    static let states: [State] = [
        State(code: "RUS", name: "Russia", demonym: "Russian", capital: "Moscow", names: slavic, leader: "President", foreignMinister: "Foreign Minister"),
        State(code: "UKR", name: "Ukraine", demonym: "Ukrainian", capital: "Kyiv", names: ukrainian, leader: "President", foreignMinister: "Foreign Minister"),
        State(
            code: "JPN", name: "Japan", demonym: "Japanese", capital: "Tokyo", names: japanese, leader: "Prime Minister", foreignMinister: "Foreign Minister"),
        State(code: "CHN", name: "China", demonym: "Chinese", capital: "Beijing", names: chinese, leader: "President", foreignMinister: "Foreign Minister"),
        State(code: "TWN", name: "Taiwan", demonym: "Taiwanese", capital: "Taipei", names: chinese, leader: "President", foreignMinister: "Foreign Minister"),
        State(
            code: "KOR", name: "South Korea", demonym: "South Korean", capital: "Seoul", names: korean, leader: "President", foreignMinister: "Foreign Minister"
        ),
        State(
            code: "IND", name: "India", demonym: "Indian", capital: "New Delhi", names: indian, leader: "Prime Minister",
            foreignMinister: "External Affairs Minister"),
        State(
            code: "PAK", name: "Pakistan", demonym: "Pakistani", capital: "Islamabad", names: pakistani, leader: "Prime Minister",
            foreignMinister: "Foreign Minister"),
        State(
            code: "USA", name: "the United States", demonym: "U.S.", capital: "Washington", names: anglo, leader: "President",
            foreignMinister: "Secretary of State"),
        State(
            code: "GBR", name: "Britain", demonym: "British", capital: "London", names: anglo, leader: "Prime Minister", foreignMinister: "Foreign Secretary"),
        State(code: "FRA", name: "France", demonym: "French", capital: "Paris", names: french, leader: "President", foreignMinister: "Foreign Minister"),
        State(code: "DEU", name: "Germany", demonym: "German", capital: "Berlin", names: german, leader: "Chancellor", foreignMinister: "Foreign Minister"),
        State(code: "ESP", name: "Spain", demonym: "Spanish", capital: "Madrid", names: spanish, leader: "Prime Minister", foreignMinister: "Foreign Minister"),
        State(
            code: "ARG", name: "Argentina", demonym: "Argentine", capital: "Buenos Aires", names: spanish, leader: "President",
            foreignMinister: "Foreign Minister"),
        State(
            code: "VEN", name: "Venezuela", demonym: "Venezuelan", capital: "Caracas", names: spanish, leader: "President", foreignMinister: "Foreign Minister"),
        State(
            code: "GUY", name: "Guyana", demonym: "Guyanese", capital: "Georgetown", names: guyanese, leader: "President", foreignMinister: "Foreign Minister"),
        State(
            code: "BRA", name: "Brazil", demonym: "Brazilian", capital: "Brasilia", names: portuguese, leader: "President", foreignMinister: "Foreign Minister"),
        State(
            code: "MEX", name: "Mexico", demonym: "Mexican", capital: "Mexico City", names: spanish, leader: "President", foreignMinister: "Foreign Minister"),
        State(
            code: "ARM", name: "Armenia", demonym: "Armenian", capital: "Yerevan", names: armenian, leader: "Prime Minister",
            foreignMinister: "Foreign Minister"),
        State(code: "AZE", name: "Azerbaijan", demonym: "Azerbaijani", capital: "Baku", names: azeri, leader: "President", foreignMinister: "Foreign Minister"),
        State(code: "IRN", name: "Iran", demonym: "Iranian", capital: "Tehran", names: persian, leader: "President", foreignMinister: "Foreign Minister"),
        State(
            code: "ARE", name: "the United Arab Emirates", demonym: "Emirati", capital: "Abu Dhabi", names: arabic, leader: "President",
            foreignMinister: "Foreign Minister"),
        State(
            code: "SAU", name: "Saudi Arabia", demonym: "Saudi", capital: "Riyadh", names: arabic, leader: "Crown Prince", foreignMinister: "Foreign Minister"),
        State(code: "EGY", name: "Egypt", demonym: "Egyptian", capital: "Cairo", names: arabic, leader: "President", foreignMinister: "Foreign Minister"),
        State(
            code: "ISR", name: "Israel", demonym: "Israeli", capital: "Jerusalem", names: hebrew, leader: "Prime Minister", foreignMinister: "Foreign Minister"),
        State(code: "SYR", name: "Syria", demonym: "Syrian", capital: "Damascus", names: arabic, leader: "President", foreignMinister: "Foreign Minister"),
        State(
            code: "MAR", name: "Morocco", demonym: "Moroccan", capital: "Rabat", names: arabic, leader: "Prime Minister", foreignMinister: "Foreign Minister"),
        State(code: "TUR", name: "Turkey", demonym: "Turkish", capital: "Ankara", names: turkish, leader: "President", foreignMinister: "Foreign Minister"),
        State(
            code: "VNM", name: "Vietnam", demonym: "Vietnamese", capital: "Hanoi", names: vietnamese, leader: "Prime Minister",
            foreignMinister: "Foreign Minister"),
        State(
            code: "PHL", name: "the Philippines", demonym: "Philippine", capital: "Manila", names: filipino, leader: "President",
            foreignMinister: "Foreign Secretary"),
        State(
            code: "IDN", name: "Indonesia", demonym: "Indonesian", capital: "Jakarta", names: indonesian, leader: "President",
            foreignMinister: "Foreign Minister"),
        State(
            code: "MYS", name: "Malaysia", demonym: "Malaysian", capital: "Kuala Lumpur", names: malay, leader: "Prime Minister",
            foreignMinister: "Foreign Minister"),
        State(code: "SDN", name: "Sudan", demonym: "Sudanese", capital: "Khartoum", names: sudanese, leader: "General", foreignMinister: "Foreign Minister"),
        State(
            code: "SSD", name: "South Sudan", demonym: "South Sudanese", capital: "Juba", names: southSudanese, leader: "President",
            foreignMinister: "Foreign Minister"),
        State(
            code: "MUS", name: "Mauritius", demonym: "Mauritian", capital: "Port Louis", names: mauritian, leader: "Prime Minister",
            foreignMinister: "Foreign Minister"),
        State(code: "ITA", name: "Italy", demonym: "Italian", capital: "Rome", names: italian, leader: "Prime Minister", foreignMinister: "Foreign Minister"),
        State(code: "POL", name: "Poland", demonym: "Polish", capital: "Warsaw", names: polish, leader: "President", foreignMinister: "Foreign Minister"),
        State(
            code: "SWE", name: "Sweden", demonym: "Swedish", capital: "Stockholm", names: swedish, leader: "Prime Minister", foreignMinister: "Foreign Minister"
        ),
        State(code: "NGA", name: "Nigeria", demonym: "Nigerian", capital: "Abuja", names: african, leader: "President", foreignMinister: "Foreign Minister"),
        State(
            code: "KEN", name: "Kenya", demonym: "Kenyan", capital: "Nairobi", names: african, leader: "President",
            foreignMinister: "Cabinet Secretary for Foreign Affairs"),
        State(
            code: "AUS", name: "Australia", demonym: "Australian", capital: "Canberra", names: anglo, leader: "Prime Minister",
            foreignMinister: "Foreign Minister"),
        State(code: "CAN", name: "Canada", demonym: "Canadian", capital: "Ottawa", names: anglo, leader: "Prime Minister", foreignMinister: "Foreign Minister"),
    ]

    static let stateIndex: [String: Int] = Dictionary(uniqueKeysWithValues: states.enumerated().map { ($1.code, $0) })

    /// Other offices held by named officials, beside the leader and the foreign minister.
    static let otherOffices = [
        "Defence Minister", "Trade Minister", "Finance Minister", "Deputy Foreign Minister",
        "National Security Adviser", "Energy Minister", "Interior Minister",
    ]

    static let territories: [Territory] = [
        Territory(namesBySide: [("RUS", "Southern Kurils"), ("JPN", "Northern Territories")], neutral: "Kuril Islands", holder: "RUS", noun: "islands"),
        Territory(
            namesBySide: [("JPN", "Senkaku Islands"), ("CHN", "Diaoyu Islands"), ("TWN", "Diaoyutai Islands")], neutral: "Senkaku Islands", holder: "JPN",
            noun: "islands"),
        Territory(namesBySide: [("KOR", "Dokdo"), ("JPN", "Takeshima")], neutral: "Liancourt Rocks", holder: "KOR", noun: "islets"),
        Territory(namesBySide: [("IND", "Jammu and Kashmir"), ("PAK", "Kashmir")], neutral: "Kashmir", holder: nil, noun: "region"),
        Territory(namesBySide: [("IND", "Aksai Chin"), ("CHN", "Aksai Chin")], neutral: "Aksai Chin", holder: "CHN", noun: "plateau"),
        Territory(namesBySide: [("IND", "Arunachal Pradesh"), ("CHN", "Zangnan")], neutral: "Arunachal Pradesh", holder: "IND", noun: "state"),
        Territory(namesBySide: [("GUY", "Essequibo"), ("VEN", "Guayana Esequiba")], neutral: "Essequibo", holder: "GUY", noun: "region"),
        Territory(namesBySide: [("GBR", "Falkland Islands"), ("ARG", "Malvinas")], neutral: "Falkland Islands", holder: "GBR", noun: "islands"),
        Territory(namesBySide: [("ARM", "Artsakh"), ("AZE", "Karabakh")], neutral: "Nagorno-Karabakh", holder: nil, noun: "region"),
        Territory(namesBySide: [("ARE", "Abu Musa"), ("IRN", "Abu Musa")], neutral: "Abu Musa", holder: "IRN", noun: "island"),
        Territory(
            namesBySide: [("CHN", "Nansha Islands"), ("VNM", "Truong Sa"), ("PHL", "Kalayaan Island Group")], neutral: "Spratly Islands", holder: nil,
            noun: "islands"),
        Territory(namesBySide: [("CHN", "Xisha Islands"), ("VNM", "Hoang Sa")], neutral: "Paracel Islands", holder: "CHN", noun: "islands"),
        Territory(namesBySide: [("CHN", "Huangyan Island"), ("PHL", "Bajo de Masinloc")], neutral: "Scarborough Shoal", holder: "CHN", noun: "shoal"),
        Territory(namesBySide: [("UKR", "Crimea"), ("RUS", "Crimea")], neutral: "Crimea", holder: "RUS", noun: "peninsula"),
        Territory(namesBySide: [("SYR", "Golan Heights"), ("ISR", "Golan Heights")], neutral: "Golan Heights", holder: "ISR", noun: "plateau"),
        Territory(namesBySide: [("GBR", "Gibraltar"), ("ESP", "Gibraltar")], neutral: "Gibraltar", holder: "GBR", noun: "territory"),
        Territory(
            namesBySide: [("MUS", "Chagos Archipelago"), ("GBR", "British Indian Ocean Territory")], neutral: "Chagos Archipelago", holder: "GBR",
            noun: "islands"),
        Territory(namesBySide: [("SDN", "Abyei"), ("SSD", "Abyei")], neutral: "Abyei", holder: nil, noun: "area"),
    ]

    static let summits = [
        "G20 summit", "ASEAN Regional Forum", "United Nations General Assembly", "Munich Security Conference",
        "East Asia Summit", "BRICS summit", "Shanghai Cooperation Organisation meeting", "NATO summit", "APEC forum",
    ]
    static let topics = [
        "a peace treaty", "trade and investment", "energy cooperation", "regional security", "the nuclear programme",
        "fishing rights", "visa rules", "grain exports", "a prisoner exchange", "climate finance", "border demarcation",
    ]
}
