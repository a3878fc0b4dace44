#!/usr/bin/env python3
"""Seed 003 (Uppföljningsrapport 1 2024) 2.1–2.2 and 2.4: the year's focus areas and goals of Mål och
budget 2024 and the region's operations, each with the seed's prose as its written text (copied from
the seed; its PDF line breaks undone, a blank line between paragraphs). Written to topics.csv by
generate.py. No figure is computed here: the texts are prose as printed, and the indicators a topic
shows are named by code (their figures are indicators.csv's)."""

PERIOD = "2024-04"
NODE = "RH"
# The care guarantee's indicators (seed 003 2.4.1.1), shown under goal 2.2.6.2 and under 2.4.1.1
# Tillgänglighet: the example's choice of goal, the seed prints the indicators' table apart.
CARE_GUARANTEE = "RH-VG90-FK RH-VG90-OP RH-VG90-ANT"

# (chapter, heading, topic, paragraphs, indicators): headings and topics in the seed's order; an
# empty heading is the chapter's introduction (seed 003 2.1's text before 2.2).
TOPICS = [
    (
        'goals', '', '',
        [
            'I Mål och budget 2024 har regionfullmäktige beslutat om sju fokusområden med tillhörande mål. Ett fokusområde för Region Halland är ett område som bedöms ha betydande påverkan för att på kort och medellång sikt bidra till att uppnå våra övergripande, långsiktiga strategier. Mål och budget 2024 innehåller även tre finansiella mål som är av betydelse för god ekonomisk hushållning.',
            'I uppföljningsrapport 1 sker ingen prognos för måluppfyllelsen per fokusområde och mål. Det sker i stället i uppföljningsrapport 2 (januari - augusti). Då görs även en samlad bedömning av god ekonomisk hushållning.',
        ],
        '',
    ),
    (
        'goals', 'Accelerera digital transformation', 'Smartare och enklare digital vardag',
        [
            'Målet tar ett helhetsperspektiv på digitalisering, såväl kring införande av nya systemstöd, såsom enklare inloggning, nya moderna mobila funktioner eller insatser för att stärka upp regionens säkerhet. De främsta aktiviteterna ligger inom Tessa-projektet (regionens nya schema- och bemanningssystem) samt införandet av Framtidens vårdinformationsstöd (FVIS).',
            'Tessa-projektet fortlöper med hög utrullningstakt i vårdförvaltningarna, med successivt införande fram till 2025. Resultaten är bättre än förväntat med stora tidsbesparingar och ökad kvalitet i schemaplanering och relaterad administration, såsom att enklare identifiera att behörig personal är i tjänst. En AI-modul är under införande, som förväntas ge ytterligare effektiviseringar.',
            'FVIS fortsätter utmana regionens digitala infrastruktur på flera sätt, exempelvis genom att olika system behöver kunna prata med varandra eller genom förändrad inloggning i IT-miljön.',
            'Regionen arbetar med att modernisera och effektivisera organisationens hantering av identiteter och behörigheter, det vill säga genom helt automatiserade processer för tilldelning eller avslut av behörigheter. På så sätt skapas en enklare vardag för regionens anställda, men ger också en stärkt säkerhetsaspekt för att undvika obehöriga. Det är ett komplext och långsiktigt arbete.',
            'Under maj breddinförs digital signering som varit efterlängtat, där alla dokument som behöver signeras kommer kunna genomföras digitalt. Likaså genomförs regional utrullning av säker digital kommunikation som möjliggör kommunikation av känslig information digitalt.',
            'Fortsatt utveckling sker för att arbeta smart med användarstödet till regionens digitala användare. Från att tidigare ha haft användarstöd (support) på flera ställen samlas detta nu mer internt med förväntan om ett bättre stöd och högre genomförandekraft. IT-supporten vidareutvecklar även systemstödet för ärenden då fler verksamheter inom regionen vill använda det för att sätta upp arbetsflöden, vilket i slutändan ger en mer homogen supportfunktion samt kostnadsbesparingar. Utvecklingen av generativ AI påskyndar även utvecklingen av nya supportfunktioner (till exempel chatbot). I syfte att använda generativ AI, såsom språkmodeller, behöver data och innehåll i system rensas och ses över för aktualitet. Men när det väl är på plats ger det en modern och tillgänglig supportfunktion, även utanför ordinarie arbetstid.',
            'Hallandstrafikens IT vidareutvecklas med ny samverkan tillsammans med de tre regionerna Jönköping, Kalmar och Kronoberg kring kollektivtrafikens biljett- och betalsystem och kundapp, där Region Halland nu tagit över supporten av biljett- och betalsystemet för samtliga fyra regioner. Fortsatt arbete med robust försörjningsberedskap pågår såväl kopplat till stärkt säkerhet, men också förarbete av systemstöd för spårbarhet av medicintekniska produkter.',
            'Fortsatt utvecklingsarbete inom IT- och informationssäkerhet pågår, men i lägre tempo. Risk finns att inte kunna möta upp kraven för kommande EU-direktiv som träder i kraft i höst. Likaså är arbetet med digitala kallelser tillfälligt pausat till fördel av sms-påminnelser och QR-koder som förenklar till exempel vårdbokningar.',
        ],
        '',
    ),
    (
        'goals', 'Accelerera digital transformation', 'Stärkt innovationskraft och digital samverkan med externa aktörer',
        [
            'Målet handlar om att skapa en stärkt innovationskraft genom samverkan såväl nationellt som regionalt och lokalt, där utbyte av kompetenser, nya perspektiv och kraftsamling skapar utveckling. Under 2024 ligger fokus på fortsatt arbete inom Sussa samverkan där Region Halland deltar aktivt i nationella styrgrupper och projekt. Arbetet med införandet av Framtidens vårdinformationsstöd (FVIS) sker med högsta fokus i alla regionerna och kräver ett omfattande och förstärkt arbete och engagemang på alla nivåer.',
            'Utöver Sussa samverkan fortsätter regionen att vara aktiv i utvecklingsarbete med att kraftsamla digitaliseringen i Halland genom exempelvis nätverket Digitalt Ledarskap i Halland. Under 2023 arbetade nätverket fram ett flertal områden för samverkan såsom säkerhet, kompetensutbyte och AI. Under 2024 har ett flertal aktiviteter genomförts för att stärka kunskapsutbyte mellan kommunerna och regionen genom månatliga träffar samt en heldagskonferens. I mitten av april arrangerades Hallands första gemensamma konferens i syfte att kraftsamla Hallands kompetens och ledningskraft inom digitalisering. Konferensen blev mycket framgångsrik med över 200 deltagare, där ledning och styrning inom området blandades med omvärldsbevakning, AI-presentationer och rundabordssamtal. Målet var att kraftsamlas genom kunskapsutbyte, inspiration och nätverkande. Då resultatet blev över förväntan och engagemanget var så stort, föreslår nätverket att konferensen blir ett årligt inslag.',
            'I övrigt fortsätter arbetet med att stärka samverkan med akademin kopplat till utbildningar och forskning inom IT och digitalisering. Under 2023 genomfördes stora satsningar på att finnas i aktuella sammanhang inom akademin såsom deltagande på mässor, utbildningsprogram och styrelser. Under 2024 har dessa sammanhang etablerats och fortsätter utvecklas kontinuerligt. I april färdigställdes ett nytt koncept för studenter i verksamheten för att förenkla mottagandet av studenter, praktikanter och övriga inslag inom IT och Digitalisering. Konceptet testas nu och utvärderas av verksamheten och studenterna.',
        ],
        '',
    ),
    (
        'goals', 'Accelerera digital transformation', 'Informationsdrivna verksamheter',
        [
            'Målet arbetar vidare på Region Hallands framgångsrika arbete inom informationsdriven vård. Genom att arbeta strukturerat med den data som vårdsystemen genererar kan regionen skapa insikter och ta bättre beslut, vilket skapar värde för patienter och invånare. Med de goda erfarenheter som finns inom informationsdriven vård i regionen kan även andra verksamheter utvecklas faktabaserat. Under perioden har flera viktiga framsteg gjorts inom de flesta förvaltningar för att utveckla regionens vård och service.',
            'Projektet med syfte att skapa en svensk basmodell på vårddata för till exempel hantering inom AI har avslutats för Region Hallands del. Preliminära resultat visar att storskaliga språkmodeller kan anpassas för att hantera kliniska textuppgifter med lovande resultat.',
            'Arbetet med Säkra publika moln som syftar till att utforska möjligheterna att använda molntjänster för bland annat vårddata, fortsätter i högt tempo. Flera projekt pågår där syftet är att förbättra kvaliteten på den data som regionen bygger sina informationsdrivna insikter på. Förberedelser görs också för att till exempel hjälpa Närsjukvården att bli mer informationsdrivna och att utvärdera automatisering av ICD-koder med hjälp av AI.',
            'Arbetet med den AI och Informationsdrivna arbetsplatsen har startat och fokus ligger på aktiviteten "Den AI-förstärkta medarbetaren", där Region Halland bland annat deltar i utvecklingen av en digital assistent för offentlig sektor. Detta sker i samarbete med AI Sweden och andra partners. Tanken är att denna assistent ska kunna underlätta vardagen för medarbetare genom att automatisera vissa uppgifter och ge smarta förslag baserade på data och AI.',
            'Inom Hallands sjukhus har uppdraget att kartlägga situationen för oplanerad vård fortsatt som planerat. Genom en gemensam kunskapsdatabas kan planering och prioritering av förbättringsåtgärder ske för att minska behovet av slutenvård. Analyserna kommer att fördjupas i nästa etapp och då kommer fler förvaltningar att involveras.',
            'Ambulans, diagnostik och hälsa har utvecklat korrekt och lättillgänglig data i datalagret, vilket är en förutsättning för att kunna bygga kvalitativa rapporter för såväl regional tillämpning som för nationella kvalitetsregister.',
            'Hallandstrafiken arbetar med att förbättra kundupplevelsen genom att använda AI och analysera data från kundundersökningar och kundärenden. Ett kundräkningssystem har också installerats i bussarna för att samla in data i realtid.',
        ],
        '',
    ),
    (
        'goals', 'Attraktiva och hållbara livsmiljöer', 'Bidra till god tillgänglighet till arbete, studier och samhällsservice, digitalt såväl som fysiskt',
        [
            'Bredband',
            'Region Halland har under årets första månader fortsatt bidra till Post- och telestyrelsens (PTS) arbete med bredbandsstöd genom att granska förteckningen över stödberättigade byggnader samt prioritera vilka byggnader som i första hand ska få stöd. Under perioden har förslaget om en Gigabit Infrastructure Act (GIA) antagits av EU. Rättsakten gäller som lag i EU:s medlemsländer. GIA ska vara genomförd i respektive medlemsland inom 18 månader. I syfte att skapa en bredbandsinfrastruktur som motsvarar användaren och användandets behov och som är robust och hållbar för framtiden har Region Halland inlett arbetet med behovs- och systemanalyser.',
            'Kollektivtrafik',
            'Arbetet med att utveckla det halländska transportsystemet för att främja hållbart resande fortgår. Det sker genom samplanering med berörda aktörer i Halland, men också med andra regioner och i samarbeten som String och Greater Copenhagen. En fortsättning av digitala föreläsningar under namnet ”Mobilitetsmedley” planeras inför 2024 års mobilitetsvecka. Utifrån de strategiska val och prioriteringar som finns i det Regionala trafikförsörjningsprogrammet arbetar Hallandstrafiken årligen fram en kollektivtrafikplan. Ny kollektivtrafikplan för 2024 antogs i september och arbetet med kollektivtrafikplan för 2025 påbörjades under hösten 2023. Detta arbete har fortsatt under våren 2024.',
            'Infrastruktur',
            'Under perioden har pågående projekt i Halland som är utpekade i nationell plan eller har samfinansiering från den regionala planen fortsatt. Inför den nya planomgången för infrastrukturplaneringen 2026–2037 förbereds påverkansarbete. Utgångspunkten är fortsatt webbplattformen ViaHalland.se.',
            'Inom Regionsamverkan Sydsverige har infrastrukturutskottet fortsatt sitt arbete. Ett samarbete pågår med handelskamrarna i syfte att formulera gemensamma ståndpunkter med fokus på näringslivets behov. Samarbete pågår även inom ramen för samarbetena String respektive Greater Copenhagen. Region Halland är fortsatt en part i arbetet med västsvenska paketet. Hallandspolitiken har varit representerade i Nordsjökommissionens arbete.',
            'Genomförandet av Regional infrastrukturplan 2022–2033 pågår kontinuerligt med grund i de olika åtgärdsområdena och potterna i planen. Arbetet med att planera och bygga gång- och cykelvägar utpekade i regional cykelplan fortgår. Just nu är ett tiotal objekt aktuella, i olika skeden.',
            'Förberedelsearbetet för revideringen av Regionalt Trafikförsörjningsprogram har fortsatt under våren. Under december 2023 togs ett beslutsförslag om förlängning av Trafikförsörjningsprogrammets giltighetstid fram. Förlängningen föreslogs till och med år 2026. Beslut om förlängning av giltighetstiden fattades 26 april 2024 av regionfullmäktige.',
            'Under perioden har ett aktivt arbete bedrivits för att stärka och integrera ett socialt hållbarhetsperspektiv inom Region Hallands arbete med landsbygdsutveckling.',
        ],
        '',
    ),
    (
        'goals', 'Attraktiva och hållbara livsmiljöer', 'Bidra till god tillgång till boende, kollektivtrafik, kultur och service',
        [
            'Arbetet med framtagandet av en regional fysisk plan fortgår enligt plan. Processens nuläge omfattar produktion av kunskapsunderlag och utformning av utkast till samrådshandling. Som en del i framtagandeprocessen har en förremiss skickats ut till de aktörer som är direkt involverade i arbetet: de halländska kommunerna, internt i Region Halland och Länsstyrelsen i Halland. Remissperioden gäller från 9 april till 21 juni.',
        ],
        '',
    ),
    (
        'goals', 'Attraktiva och hållbara livsmiljöer', 'Bidra till en hållbar resursanvändning',
        [
            'Planering pågår mellan forskningsstationen vid sjön Bolmen och Region Halland kring att arrangera en digital konferens under hösten 2024 samt nästa fysiska konferens 2025. Inom Regional kustsamverkan har Region Halland deltagit på arbetsgruppens möten.',
            'Region Hallands interna klimat- och miljöarbete',
            'Förbättrad avfallshantering är ett område som fortsatt prioriteras högt inom samtliga förvaltningar och flertalet åtgärder har vidtagits. Arbetet kommer att pågå hela året. Under inledningen av 2024 har arbete påbörjats för att också fokusera på matavfallsinsamling, ett lagkrav som trädde i kraft vid årsskiftet. Flera förvaltningar samarbetar för att ta fram lämpliga insamlings- och logistiklösningar där det idag saknas.',
            'Utveckling av metoder för matsvinnsmätningar har gjorts på sjukhusen och inom skolorna. Resultatet från matsvinn på sjukhusen inkluderar svinn från orörda portioner som kommer i retur från kunderna, vilket utgör cirka 10 procent av alla producerade brickor.',
            'Det pågår ett pilottest på ett tiotal avdelningar inom vårdförvaltningarna med att byta ut traditionella riskavfallskärl till kärl tillverkade av ett biokompositmaterial, som ett bidrag till en mer hållbar plastanvändning.',
            'Riskbedömningar för att säkra att kemikalier hanteras korrekt utifrån miljö, arbetsmiljö och säkerhet ska alltid genomföras. Men det finns fortsatt ett stort behov av att förbättra riskbedömning av kemikalier, då endast cirka 75 procent av alla kemikalier har riskbedömts. Vissa förvaltningar fokuserar under 2024 extra på kemikaliehantering. Ett exempel är Hallands sjukhus som har identifierat ett behov att höja kompetensen inom kemikaliehantering hos nya första-linje-chefer.',
            'Arbete pågår för att minska överanvändning av engångsmaterial. Ett utvecklingsarbete har inletts för att bättre kunna följa och analysera inköpsstatistik för användning av förbrukningsmaterial inom alla verksamheter. En utredning på Hallands sjukhus har identifierat att förkläden och plasthuvar kan materialåtervinnas i högre utsträckning och ett arbetssätt för att genomföra detta har initierats. Av Region Hallands samlade användning av förkläden används 87 procent inom Hallands sjukhus.',
            'Energibesparingsåtgärder fortsätter. Som exempel kan nämnas att såväl el- som värmeanvändningen har sjunkit vid både Hallands sjukhus Halmstad och Varberg jämfört med samma period förra året.',
        ],
        '',
    ),
    (
        'goals', 'Attraktiva och hållbara livsmiljöer', 'Bidra till en minskad klimatpåverkan',
        [
            'Många insatser pågår för att bidra till näringslivets gröna omställning. Bland annat inom CSR Västsveriges arbete, där Region Halland bidrar med grundfinansiering. Ett exempel på en insats är projektet Hallands Klimatlyft som lyckats attrahera en bred uppslutning av företag från olika branscher som vill arbeta för att få bättre kunskap om sin klimatpåverkan.',
            'Region Halland bedriver på uppdrag av Energimyndigheten en långsiktig samordning av de kommunala energi- och klimatrådgivarna. Nytt för perioden är en sänkning av bidragen på 30 procent jämfört med 2023, vilket beror på att regeringen i regleringsbrevet för 2024 minskat Energimyndighetens medel för Energi- och klimatrådgivning och Regional utvecklingsledning.',
            'Region Hallands projekt Energikartläggningscheckar 2019–2024 pågår. Det har varit ett svagt intresse för dessa från företagen under inledningen av 2024, vilket delvis bedöms bero på att energikostnaderna inte längre är lika höga som tidigare. Projektet EnergiSmart 2.0 pågår och hittills har cirka 115 företag fått hjälp av dessa och en stor andel är fastighetsbolag.',
            'Under våren har Region Halland fortsatt verka för ökad användning och produktion av biogas. Detta har skett genom exempelvis arbetet i projektet Biogassamverkan.',
            'Framtagandet av en effektprognos fortgår enligt plan, upphandlingar pågår och underlagen börjar bli klara. Under perioden har nästa Energi- och klimatlägesrapport för Halland påbörjats, vilket sker i samarbete med Länsstyrelsen i Halland.',
            'Under perioden har ett projektförslag skickats in till Energimyndighetens utlysning om energiplanering tillsammans med Länsstyrelsen i Halland. Projektförslaget innehåller uppstarten av en samverkansplattform för energifrågor i Halland.',
            'Det pågår flertalet projekt med syfte att öka andelen fossilfria transporter, exempelvis REEL, SCALE och GREATER4H.',
            'Region Hallands interna klimat- och miljöarbete',
            'Ett arbete pågår med att förankra och implementera Handlingsplan för Region Hallands interna klimat- och miljöarbete 2023–2026 i organisationen. Arbetet har under inledningen av året fokuserat på att understödja en strukturerad uppföljning och säkra kvaliteten inom stora delar av den statistik som behövs inom klimat- och miljöområdet.',
            'För att minska Region Hallands utsläpp från transporter pågår ett samarbete kring samtransport av IT-utrustning och övrigt gods mellan sjukhusen. Det handlar om att fylla bilar och minska onödiga transporter. För att öka tankning av HVO100 i Region Hallands ambulanser har en informationsinsats för medarbetare genomförts.',
            'För att minska klimatpåverkan från tjänsteresor med bil inom Region Halland har Hallands sjukhus fokus på att minska antal mil med egen bil till förmån för att använda regionens elfordon inom poolbilsflottan. Här har dock användningen av egen bil ökat jämfört med samma period 2023. Samma tendens ses även inom andra förvaltningar. Kultur och skola har upphandlat en elbuss som tagits i drift på Katrinebergs folkhögskola, samt bytt ut en bensinbil mot en elbil på Löftadalens folkhögskola.',
            'Hallandstrafiken har under inledningen av 2024 gjort flera insatser för att öka det hållbara resandet. Nya biljetter har implementerats, resevillkoren har förtydligats, uppdateringar och förenklingar i appen har genomförts, förenkling av resandet över länsgräns, prova-på kampanj i Halmstad. Hallandstrafiken har även genomfört företagsbesök, med mål att tjänsteresor samt resor till och från arbetet sker med kollektivtrafiken. Ett förbättrat köpflöde för företagen sker genom utveckling av en ny Företagsportal.',
            'För att lustgasdestruktionen som planeras i Region Halland ska kunna tillmötesgå de olika verksamhetsbehov som finns har ett arbete inletts för att säkerställa att frågan belyses ur ett helhetsperspektiv. En arbetsgrupp med representanter från samtliga berörda verksamheter i Region Halland är tillsatt och för tillfället pågår ett arbete med kartläggning och analys utifrån tidigare erfarenheter, nuvarande förutsättningar och framtida behov.',
        ],
        '',
    ),
    (
        'goals', 'Förnyelseförmåga och konkurrenskraft', 'Bidra till att stärka det regionala näringslivets innovationskapacitet',
        [
            'Under våren har Halland Invest samlat aktörer inom det investeringsfrämjande arbetet, vilket resulterat i bra samtal. Aktörer upplever att det finns mer kapital än tidigare för investering i tidiga bolag. Samtidigt upplever ALMI Invest Västsverige att kvaliteten på bolagen som söker kapital har gått ner.',
            'Halland har fler beviljade projekt än förra programperioden för Horisont Europa. Under programperiodens första tre år har halländska aktörer beviljats totalt 12,5 miljoner euro i bidrag.',
            'Under perioden har arbetet med en övergripande process för att stärka upp det gemensamma arbetet med smart specialisering påbörjats. Under processen sker en översyn av vilka förstärkande insatser som krävs för att kunna ta smart specialisering i Halland till nästa nivå. Fokus i arbetet ligger på uppbyggnad av ekosystem, koordinering och framtida samverkansinsatser med andra europeiska regioner.',
            'Smart specialiseringsarbetet sker huvudsakligen inom fem områden: forskning och innovation för intelligenta system, hållbara material, food tech, innovativ mobilitet och forskning och innovation för framtidens vård och hälsa. Särskilt kan arbetet inom informationsdriven vård nämnas. Här samarbetar Region Halland och Högskolan i Halmstad inom ramarna för Leap for life. Flera av vårdförvaltningarna bidrar med expert- och användarkompetens för att stötta i näringslivet med utveckling av innovationer inom informationsdriven vård.',
        ],
        '',
    ),
    (
        'goals', 'Förnyelseförmåga och konkurrenskraft', 'Positionera regionen för att attrahera etableringar, besökare och kompetenser',
        [
            'Inom Invest in Halland har arbetet under våren fokuserat på ökad kännedom om Halland som näringslivsdestination samt spridning av material med fördjupad kunskap kring potentialen i Hallands näringsliv. Region Halland har deltagit på strategiskt viktiga mötesplatser i Halland, vilket har bidragit till att kommunikationsmaterial om regionens näringsliv kommit företagen till godo. Utöver deltagande på mötesplatser har Region Halland även besökt strategiskt valda företag i länet. Även internationellt har Region Halland närvarat på strategiskt valda mötesplatser inom verksamhetens prioriterade områden.',
            'Inom Visit Halland pågår många olika aktiviteter. Antalet internationella besökare ökar och för att stärka Hallands position internationellt pågår arbete specifikt riktat mot den tyska marknaden. Det finns emellertid en svagt vikande trend där Halland tappar marknadsandelar på den svenska marknaden. Regionen arbetar tillsammans med kommunerna för att adressera frågan och vända trenden. Samverkan med kommunerna inom frågor som rör destinationsutveckling fungerar mycket väl och det finns arbetsgrupper inom flera olika områden.',
            'För att fatta bättre beslut på data pågår arbete med att öka kunskapen om Hallands besöksnäring och turismen i regionen. Regionen arbetar här med interaktiva dataunderlag, undersökningar och trendspaningar. Under våren har regionen genomfört utbildningar kring digitalisering och fortsatt arbetet med att sprida information om möjligheter till upplevelser, boenden och mat i våra digitala kanaler.',
            'En prioriterad insats för Visit Halland och övriga destinationer är arbetet med säsongsförlängning. Både kunskapshöjande och marknadsföringsinsatser genomförs löpande för att bidra till säsongsförlängningen.',
            'Under första halvåret deltar Region Halland i ett EU-finansierat kunskapsprojekt, i samverkan med andra europeiska destinationer, med syfte att identifiera utmaningar och möjligheter inom arbetet med platsutveckling. Arbetet ses som ett förarbete till en regional modell för platsutveckling i Halland.',
            'Projektet Naturvärdar i Halland har blivit ett regionalt projekt där fem kommuner nu ingår. Upprustning och utveckling av Hallandsleden löper på enligt plan och Kattegattleden utvecklas fortsatt positivt. Regionen planerar just nu att ta fram en förstudie kring Hallands kust som fokuserar på utveckling inom turism. Inom Matgillet pågår arbete, mycket med fokus på kommunikation, men även med att upprätta en årlig marknadsplan.',
            'Sedan hösten 2023 pågår ett arbete för att göra Hallands besöksnäring mer hållbar genom att utveckla principer och verktyg för kommunala och regionala destinationsorganisationer. Arbetet syftar till att Hallands besöksnäring gemensamt förflyttas till att bli en hållbarare destination.',
            'Kultur i Halland, Visit Halland och kommunernas destinationsenheter, samt resurscentrum Konst i Halland, träffas kontinuerligt inom samarbetet Konstdestination Halland.',
        ],
        '',
    ),
    (
        'goals', 'Förnyelseförmåga och konkurrenskraft', 'Stärka det regionala ledarskapet och bidra till positiva förflyttningar inom näringslivet',
        [
            'Inom kreativa och kulturella branscher (KKB) pågår arbete inom tre huvudaktiviteter; SPOK ((Samtida produktion och konsumtion), Regionsamverkan Sydsverige (RSS) och Art Halland. Arbetet inom området fungerar väl.',
            'Inom ramen för grundfinansieringarna arbetar Coompanion Halland och Connect Väst för att få fler nya företag och ökad överlevnadsgrad i Halland. Region Halland genomför även insatser för att främja företagande hos unga. I år erbjuds unga i Varberg, Falkenberg, Halmstad, Hylte och Laholm att delta i Ung Drive som är ett sommarlovskoncept för att lära sig mer om entreprenörskap och företagande.',
            'Inom internationaliseringsområdet blir Exportcenter Väst (ECV) mer etablerade som aktör. Samarbetet med Västra Götaland bidrar till utveckling på flera plan.',
            'Digital omställning ligger högt på agendan i många sammanhang och det händer mycket på området. Flera projekt pågår, bland annat: AI Plattform Halland, Säker digitalisering Halland, Säkerhetsmånaden, TechArena Varberg, Industry in West samt Health data Sweden. Inom projektet TechArena Varberg har den fysiska arenan invigts och är nu öppen för företag två dagar i veckan. Mer långsiktiga satsningar som bidrar till att främja teknisk utveckling och digital omställning är grundfinansiering för IUC (Industriella utvecklingscentra), HighFive och Leap for life.',
            'Teknisk utveckling och digitalisering lyfts i många sammanhang både internt och externt, bland annat i samverkansforumet Digitalt ledarskap i Halland (DLH), där kommunerna och Region Halland deltar. I DLH har fokus främst varit konferensen Digital omställning - på riktigt, samt att konkretisera arbetet inom AI och kunskapsutbyte.',
        ],
        '',
    ),
    (
        'goals', 'Utbildning, kompetens och jämlik hälsa', 'Bidra till en god kompetensförsörjning i regionen',
        [
            'Region Hallands roll är fortsatt viktig inom regional utbildningssamverkan där planering och dimensionering av utbildning och valideringsprojekt är områden där vi är engagerade utifrån vår roll som regionalt utvecklingsansvarig aktör.',
            'Samarbete med Yrkeshögskoleanordnare i Syd har påbörjats för att främja yrkeshögskolans utveckling och anordnarnas kompetens i Sydsverige. Uppdraget för Yrkeshögskoleanordnare i Syd är att främja yrkeshögskolans utveckling, påverka utveckling, kontinuitet och tillväxt, stärka och utveckla anordnarnas kompetens, vara en mötesplats samt informera och marknadsföra i Sydsverige.',
            'Förstudien om att kartlägga kompetensbehov inom Hallands områden för Smart Specialisering avslutades under januari genom att resultatet presenterades på ett webbseminarium. Kompetensbehov hos halländska företag med koppling till innovationskapacitet har identifierats, liksom hur företagen arbetar för att hantera kompetensbehov, samt vad de ser är viktigt framåt. Förstudierapporten utgör ett underlag för Region Hallands fortsatta arbete inom smart specialisering.',
            'Webbrapporten Kompetensförsörjning i Hallands län har uppdaterats under våren och bedömningsblad har tagits fram för att visualisera och tillgängliggöra våra kunskapsunderlag om kompetensbehov. Webbrapporten och bedömningsbladen är användbara för utbildningsplanering och projektutveckling, vilket ytterligare stärkt vår roll som kunskapsgarant.',
            'Region Halland samlar, informerar och mobiliserar aktörer om möjligheter till extern finansiering, till exempel inom ESF och ERUF, inom området kompetensförsörjning. Region Halland har under årets första månader engagerat sig i styrgruppen för ESF-projektet Skills Halland som Högskolan i Halmstad driver i samverkan med TEK kompetens, ERUF-projekten Stärkt kompetens som IUC-bolagen i Västsverige driver samt Jippie Jobb som Hallands Matgille driver.',
            'Under perioden har det planerats för en trädgårdsutbildning där Katrinebergs folkhögskola är huvudman, men en stor del av den praktiska undervisningen sker på Munkagårdsgymnasiet i samverkan med deras trädgårdsverksamhet.',
        ],
        '',
    ),
    (
        'goals', 'Utbildning, kompetens och jämlik hälsa', 'Bidra till en god hälsa i befolkningen och minskade hälsoskillnader',
        [
            'Barn och unga',
            'I början av året påbörjades arbetet med den utlysning som beredningen för social hållbarhet har initierat. Inledningsvis genomfördes kunskapsinhämtning avseende barn och ungas aktiva och meningsfulla fritid. Under våren genomfördes samtal med regionala och lokala aktörer inom verksamhetsområdet. Syftet med samtalen var att samla in kunskap kring barn och ungas fritid i Halland, samt behov av och förutsättningar till en aktiv och meningsfull fritid med en utlysning som verktyg. Arbetet med framtagandet av kriterier och avgränsningar har påbörjats, likaså uppbyggnaden av struktur för ansökan, utbetalning, uppföljning och rapportering.',
            'Under årets första månader har arbetet med uppdraget att samordna och utveckla Region Hallands organisationsövergripande barnrättsarbete påbörjats. Region Halland har även medverkat i och initierat samtal kring frågor som har påverkan på barn och ungas uppväxtvillkor.',
            'Under våren har samarbetet i Halland med fokus på barns och ungas trygga uppväxt utvecklats. Ett exempel är att det under våren planerats för en konferens om trygg digital uppväxt och barns utsatthet på nätet tillsammans med Länsstyrelsen och samtliga halländska kommuner. Konferensens 500 platser blev snabbt fullbokade.',
            'Under perioden har arbete genomförts med att sprida och kommunicera innehållet och möjligheterna med kunskapsunderlaget "Hälsodata Halland". Arbete pågår för att i samverkan inom Region Halland och med de halländska kommunerna utveckla och komplettera kunskapsunderlaget.',
            'Under perioden har Region Halland gjort en kunskapsinhämtning samt inventering inom området kultur och hälsa.',
            'God hälsa och jämlika livsvillkor',
            'E-utbildningen för en god och jämlik hälsa är färdigställd och lanserades i april. Arbetet leddes av Folkhälsomyndigheten och övriga aktörer är länsstyrelserna, regioner och kommuner.',
            'Demokrati',
            'Samverkan mellan Region Halland och regionala civilrättsliga organisationer fortgår och utvecklas. Som stöd i samverkan har en överenskommelse undertecknats i vilken det står nedtecknat hur vi ska utveckla samverkan och förhålla oss till varandra. Under årets första månader har arbete genomförts med att diskutera och ta fram förslag på hur vår gemensamma överenskommelse eventuellt kan revideras och uppdateras.',
            'Utveckling av arbetet med mänskliga rättigheter med fokus på jämställdhet i Region Halland aktualiserades på nytt i samband med processen med barnrätt och barnrättsanalyser. Avsikten är att ta ett samlat grepp kring jämställdhets- och barnrättsanalyser i Region Hallands verksamhet. Under våren har en utvärdering av arbetet med jämställdhetsintegrering av politiska beslut påbörjats. Arbete har även påbörjats att ta reda på vilket stöd som behövs för att genomföra barnrättsanalyser.',
            'Under våren har arbetet med att implementera och förstärka arbetet med funktionsrätt i Region Halland fokuserat på att identifiera behov av konkreta insatser för att stärka funktionsrätten i Region Hallands interna och externa arbete.',
            'Folkhögskolorna har under perioden fortsatt att utveckla möjligheterna för deltagare med neuropsykiatriska funktionsnedsättningar att erhålla en tillgänglig miljö samt pedagogiskt och socialt stöd så att de kan studera utifrån sina egna förutsättningar.',
        ],
        '',
    ),
    (
        'goals', 'Utbildning, kompetens och jämlik hälsa', 'Främja en mer inkluderande och jämställd arbetsmarknad',
        [
            'Region Halland ingår i Samordningsförbundets utvecklingsarbete och är en aktiv part i dess samverkan. Under perioden har exempelvis det genomförts digitala informationsträffar med förbundets medlemsparter för att ge aktuell information om respektive verksamhet. Samordningsförbundet och Myndigheten för ungdoms- och civilsamhällesfrågor (MUCF) har samarbetat kring gruppen Unga som varken arbetar eller studerar (UVAS), exempelvis genomfördes en workshopsserie med syfte att utveckla en plan för samverkan. Med anledning av förbundets försämrade ekonomi pågår arbete med åtgärdsförslag (organisering och personal) kring den individinriktade verksamheten. Beslut om åtgärder beräknas till augusti.',
            'Region Hallands folkhögskolor har under perioden fortsatt att verka för att bryta traditionella könsmönster inom utbildningarna, exempelvis har marknadsföringen setts över så att alla relevanta målgrupper ska nås och attraheras av skolornas utbildningar.',
        ],
        '',
    ),
    (
        'goals', 'En robust kultursektor', 'Bidra till en mer robust kultursektor',
        [
            'Under perioden har förslag till Hallands kulturstrategi 2025–2032 samt Hallands kulturplan 2025–2028 skickats på öppen remiss. Arbete har skett för att få en fördjupad kunskap om breddat deltagande med syfte att på sikt nå fler invånare. Det har även genomförts en inventering kring befintliga insatser för att nå ett breddat deltagande. Myndigheten för kulturanalys föreslår fyra åtgärder för att bredda deltagandet; att tillhandahålla ett varierat utbud av hög kvalitet, att prioritera barns och ungas rätt till kultur, att stärka förutsättningarna för kommuner och det civila samhället samt att öppna upp kulturstöden för nya aktörer. Nästa steg blir att analysera nuläget och föreslå kompletterande åtgärder för att nå målen. I förslag till kommande kulturstrategi och kulturplan är en av prioriteringarna Breddat och inkluderande deltagande.',
            'Under perioden har det gjorts en omvärldsbevakning om andra regioners framtagande av biblioteksplaner. Omvärldsbevakningen har skett inför uppstarten av ny Regional biblioteksplan tillsammans med länets kommuner. Arbetet med att ta fram Region Hallands nya biblioteksplan påbörjas i höst. En välbesökt dag om skolbibliotekens funktion och uppdrag har också anordnats med anledning av regeringens förslag till lagändring om att det ska finnas bemannade skolbibliotek i landets alla skolor. Kultur och skolas tre skolor har nu bibliotek som är bemannade med kompetenta skolbibliotekarier.',
            'Under årets första månader har arbete bedrivits för att öka skolornas delaktighet i kulturverksamheten och dess utveckling. Exempelvis har en rad kulturaktiviteter förlagts på folkhögskolorna såsom konstnärsträffar och residens (keramiker från Island arbetar på Löftadalen och Hallands konstskola). Nytt är också att utvecklingsledare från skolverksamheten ingår i kulturverksamhetens grupp för barn och unga, med uppdrag att hitta vägar för ökat samarbete. Detta säkerställer också att viktig information når skolorna löpande angående kulturaktiviteter som skolorna skulle kunna vara intresserade av, exempelvis skolbio. I framtagandet av remissversioner till kulturstrategi och kulturplan har förvaltningen säkerställt att dokumenten stödjer en ökad samverkan mellan kultur och skola, exempelvis genom en utveckling av folkhögskolorna som kulturella mötesplatser.',
            'På Katrinebergs folkhögskola kommer kursen Scenteknikerutbildning starta till hösten. Upprinnelsen är ett stort behov av arbetskraft som kulturverksamheten identifierat inom scenteknik. Exempelvis är branschen oroad över kompetensförsörjningen inom ljud och ljus. När detta skrivs är det cirka 20 sökande till utbildningen.',
        ],
        '',
    ),
    (
        'goals', 'Nära och sammanhållen vård', 'Vidareutveckla den nära vården',
        [
            'Den grundläggande tanken med nära vård är att vården ska ske så nära patienternas vanliga livssituation som möjligt och att sjukdom ska medföra så lite påverkan som möjligt i patienternas vanliga liv. Region Halland och Hallands kommuner har tidigare enats om målbilden Omtanke Halland där målet är att vården ska uppfattas som sammanhållen, personcentrerad och nära. Hösten 2023 antogs en färdplan för att beskriva och utveckla samverkan i riktning mot målbilden. I färdplanen finns en fastställd process för förbättringar avseende det praktiska arbetet som berör patienter som får vård av både kommun och region. Hittills under året har ett tiotal initiativ inkommit som hanteras i en regiongemensam beredningsgrupp.',
            'Fortsatt arbete kring in- och utskrivning från slutenvård',
            'Det finns utmaningar för att kunna uppnå en trygg och effektiv utskrivning från slutenvård samt med att sänka antalet oplanerade återinskrivningar. Kontinuerligt förbättringsarbete pågår i samverkan mellan huvudmännen för att förbättra utskrivningsprocessen (kommunerna och regionens förvaltningar). Oplanerade återinskrivningar kan vara ett resultat av för tidig utskrivning från slutenvård, eller utskrivning där uppföljning och fortsatt omhändertagande inte är tillräckligt samordnat. Analyser avseende oplanerad återinskrivning pågår för att möjliggöra fördjupad uppföljning via flera parametrar, till exempel patienternas diagnoser, vilka stödinsatser patienterna har och vid vilka tidpunkter händelser inträffar, för att kunna sätta in rätt åtgärder. Ett hinder ligger dock i lagstiftning (bland annat GDPR) som hindrar möjligheterna för region och kommun att dela data för att kunna följa patientens väg genom hela hälso- och sjukvårdssystemet.',
            'I in- och utskrivningsprocessen och patientens nästa steg i vården arbetar Hallands sjukhus bland annat med insatser för ökad vårdkvalitet avseende läkemedelslistor vid utskrivning. Ett pilotprojekt pågår också inom rehabiliteringskliniken där omdisponering av schema tillgängliggör fysioterapeut även under helgerna med syfte att underlätta utskrivningsflödet och kunna undvika slutenvårdsinläggning genom snar bedömning och tillhandhållande av hjälpmedel om sådant behövs. Efter fyra månader konstateras att 83 patienter erhållit detta stöd varav 21 inte har behövt sjukhusvistelse.',
            'Nära vård i hemmet',
            'Ett område som är viktigt för att den nära vården ska fungera i hemmet är att säkerställa god tillgänglighet till medicinsk kompetens. Utifrån såväl nuläge som förväntade demografiska förändringar med fler invånare med kroniska sjukdomar, har en utredning initierats för att se hur läkarinsatser i hemmet bör organiseras för att bäst möta de behov som finns hos patienter, anhöriga och vårdens utförare. Utredningen förväntas bli klar under året.',
            'För att stimulera fler besök i hemmet av läkare hos patienter inom den kommunala hälso- och sjukvården får vårdcentralerna från och med 2023 en extra ersättning om de utför riktade hemsjukvårdsbesök. Antalet besök hittills i år ligger ungefär på samma nivå som förra året, vilket innebär att januari–april i år har vårdcentralernas läkare utfört cirka 2000 besök i hemmet varav cirka 400 är riktade hemsjukvårdsbesök. Det är ännu för tidigt att dra slutsatser men det finns inte heller något som indikerar att en större ökning av besök kan förväntas.',
            'Patienters delaktighet och fortsatt utveckling av arbetsprocesser',
            'Utvecklingen mot den nära vården är ett kontinuerligt arbete som engagerar vårdförvaltningarna och där många utvecklande insatser sker mellan förvaltningarna och med kommunerna. Inom Närsjukvården planeras en fortsatt utveckling av förmågan att vid vårdbesök upptäcka våld i nära relationer, i syfte att patienterna ska kunna få rätt stöd. Insatsen påbörjades i höstas i form av kompetensförstärkning och under 2024 kommer det fokuseras på genomförande av rutiner.',
            'Under årets inledande månader har Psykiatrin Halland fortsatt med olika initiativ för att utveckla patienters och närståendes möjligheter till delaktighet i vården. Exempelvis har det påbörjats en vidareutveckling av verktyget Blå appen för att i framtiden kunna hålla digitala uppföljningar av uppstart av medicinering hos patienter inom barn- och ungdomspsykiatrin (BUP). Det handlar även om fortsatt implementering av metoden Safewards i syfte att med patienterna som medskapare förebygga och hantera hot och våld i psykiatrisk heldygnsvård. Då andelen av patienter med ADHD inom Psykiatrin fortsätter öka har det resulterat i att förvaltningen startat upp ett utvecklingsarbete för att utvärdera och optimera processen för vuxna med ADHD.',
            'Inom Ambulans, diagnostik och hälsa har framtagandet av en införandeplan för kvalitetssäkrade patientnära analyser (PNA) påbörjats och denna plan ska som nästa steg förankras. Begreppet patientnära analyser handlar om de analyser som inte analyseras på sjukhuslaboratorier, exempelvis på akutmottagning eller inom närsjukvården. Införandet kommer ske stegvis och sträcka sig över flera år.',
            'Hallands sjukhus arbetar med att utveckla sammanhållna vårdprocesser med tydliga roller och säkra övergångar. Exempelvis genomförs ett pilotprojekt för tidig mobilisering efter stor bukkirurgi med mål om såväl förbättrade fysiska effekter, bättre välbefinnande som ökad möjlighet till att patienterna ska kunna återgå till hemmet snabbare. Ett annat exempel är ”BB hemma” som innebär att nyblivna föräldrar i högre utsträckning ska kunna lämna BB inom 24 timmar efter förlossningen genom att en barnmorska gör hembesök för uppföljning efter utskrivning. Förhoppningen är att insatsen ska kunna bidra till bättre förutsättningar för amning och potentiellt kunna minska behovet av BB-slutenvårdsplatser.',
        ],
        '',
    ),
    (
        'goals', 'Nära och sammanhållen vård', 'Säkerställa god tillgänglighet till vård',
        [
            'Arbetet med att modernisera hanteringen av vårdgarantin fortlöper. Det är regionens ambition att kunna erbjuda så många patienter som möjligt vård inom vårdgarantins tidsgräns, genom att använda den egna vårdkapaciteten och regionens upphandlade vård. Under året planeras allt fler vårdområden börja arbeta utifrån det nya arbetssättet där fler delar i processen digitaliseras för en effektivare hantering för såväl patienter som vårdgivare. Ett utvecklingsområde under året är att hantera de vårdområden där Region Halland inte har egna upphandlade avtal. Även övergången från VAS till Cosmic utgör ett utvecklingsområde för att säkerställa att Region Hallands kodning av patienter inom vårdgarantin blir korrekt så att det nya arbetssättet även kommer att fungera i Cosmic.',
            'Under årets första fyra månader har Psykiatrin Halland fortsatt sitt arbete utifrån strategin "rätt vård i rätt tid" med fokus på kvalitet, produktion och ledtider för att förbättra och bibehålla god tillgänglighet. En av de viktigaste åtgärderna för god tillgänglighet är att fortsatt hålla god produktion, vilket förvaltningen lyckats med under perioden, trots ökat patientinflöde. Under den aktuella perioden har nybesöken ökat med 12,7 procent jämfört med samma period 2023.',
            'Inom Hallands sjukhus pågår arbete för att korta ledtider och få än mer produktiva vårdflöden med positiv effekt på tillgängligheten. Standardiserade arbetssätt och optimerad inplanering av operationstider prioriteras för att undvika att kapaciteten inte nyttjas fullt ut. En viktig faktor är att främja samarbetet mellan opererande kliniker och operations- och intensivvårdsklinikerna och att identifiera om fler operationer kan göras utan slutenvård (så kallad dagkirurgi) eller som operation utförd på mottagning. För att ytterligare öka tillgängligheten arbetar verksamheterna med att identifiera vilka patienter som lämpar sig för att erbjudas vård hos externa vårdgivare för att på så sätt kunna erbjuda fler patienter vård inom vårdgarantins tidsgränser.',
            'Inom Ambulans, diagnostik och hälsa är tillgängligheten generellt god hos verksamheterna, men det finns områden med utmaningar. Tidigare hade Region Halland ett samverkansavtal för 1177 på telefon men avtalet sades upp under hösten och uppgiften har sedan mars tagits över i egen regi. Förvaltningen arbetar för att hantera de halländska samtalen inom egen verksamhet och ambitionen är att det ska underlätta arbetet med tillgänglighet och kvalitet. Ännu går det inte att se någon större förändring, men väntetiderna i telefon har minskat något jämfört med mars och april föregående år.',
        ],
        CARE_GUARANTEE,
    ),
    (
        'goals', 'Nära och sammanhållen vård', 'Utveckla arbetet för barn och unga med psykisk ohälsa',
        [
            'Arbetet med att stärka barn och ungas psykiska hälsa och välmående är ett prioriterat område som kräver god samverkan och ett aktivt arbete mellan berörda huvudmän i regionen och kommunerna för att nå goda resultat. Verksamheten "En väg in – kontaktcenter barn och ungas psykiska hälsa Halland" har varit i drift i tre år. Då Närsjukvårdens uppdrag om första linjen-vård för barn och unga 6–17 år övergick till Psykiatrin genom den nya modellen, fick Regionkontoret i uppdrag att efter tre år göra en uppföljning av den organisatoriska hemvisten av verksamheten. Detta arbete pågår och ska vara klart innan årets slut. Verksamheten fortsätter att utveckla sitt arbete såväl internt som externt (främst gentemot socialtjänst och elevhälsa) för att säkerställa att vården för barn och unga med psykisk ohälsa är sammanhållen och ges på rätt vårdnivå.',
            'Ett annat pågående uppdrag är att utreda och göra ett omtag utifrån ett tidigare beslut om att barn- och ungdomspsykiatrin och barnhabiliteringen skulle upprätta en gemensam enhet för barn med autism. Regionkontoret håller ihop arbetet tillsammans med sakkunniga från Närsjukvården, Psykiatrin och Ambulans, diagnostik och hälsa. Målsättningen är att tydliggöra hur Region Halland ska omhänderta barn och unga med autism i en sammanhållen vårdkedja.',
        ],
        '',
    ),
    (
        'goals', 'Nära och sammanhållen vård', 'Öka användandet av digitala verktyg och besöksformer',
        [
            'En aspekt av tillgänglighet till vård är den digitala möjligheten till besök och kontakter. Utifrån ett samhällsperspektiv är distanskontakter en vinst för miljön eftersom det innebär minskat resande. En distanskontakt kan även ge fördelar för invånaren som snabbare och enklare kan genomföra sitt vårdbesök oavsett plats. Det kan konstateras att Region Halland fortsätter att röra sig mot en ökad möjlighet för invånaren att genomföra sitt vårdbesök på distans samt att det förekommer en dynamik mellan olika typer av distanskontakter (telefon, video, chatt), vilket är positivt eftersom besöket kan anpassas efter aktuell situation.',
            'Totalt sett jämfört med samma period föregående år ses nu en positiv utveckling för andelen öppenvårdsbesök via distanskontakt. Inom närsjukvården i egen regi så är detta en effekt av den satsning (digitalt först – fysiskt när det behövs) som gjorts på digital vårdcentral och förändrade arbetssätt. Det är framför allt för telefon och skriftlig distanskontakt (chatt) som en ökning kan ses medan distanskontakt via video har stabiliserats och nu ligger kvar på samma nivåer som tidigare (motsvarar cirka 1 procent av besöken).',
            'Inom specialistvården planeras för att utöka införandet av den nya funktionen för videobesök till fler mottagningar. Under april har även de första klinikerna hos folktandvården öppnat upp för möjligheten för alla i Halland att söka tandvård digitalt via chatt och videosamtal. Ett annat utvecklingsarbete handlar om att se över förvaltningarnas möjligheter att utöka andelen e-tjänster och digitala besöksformer. Arbetet med införandet i närsjukvården av ett digitalt kliniskt beslutsstöd som kan stödja behandlare att hitta avvikelser, föreslå åtgärder och förebygga risk för vårdskador fortsätter enligt plan. Tester pågår med att säkerställa att det fungerar med befintliga journalsystem inför att en första pilot kan påbörjas.',
            'Den digitala utvecklingen bidrar också till att öka invånarens möjlighet att vara delaktig i den egna vården. Ett exempel på detta är användandet av taligenkänning som ökar och vars teknik tillämpas av många yrkesgrupper, exempelvis läkare och sjuksköterskor. En stadig utveckling av antalet användare ses framför allt inom sjukhusen där ett breddinförande pågår. Mervärden är minskad tidsåtgång för skrivande för medicinska sekreterare, snabbare tillgång till utskriven journal och frånvaro av kontrollsignering. Användandet av taligenkänning kan också innebära förbättring för patienterna då de kan se journalanteckningarna direkt efter besöket, och att även personal på andra vårdenheter kan se uppgifterna på en gång.',
            'Öppna kallelser är något som utvecklas och införs i ökad utsträckning och fler kliniker och mottagningar är på gång. En öppen kallelse innebär att patienten själv erbjuds att ta ansvar för att boka tid utifrån upplevt behov eller utifrån en tidsram. Ett regionalt arbete för att inventera behov, lösningar och arbetssätt gällande egenmonitorering har också initierats. Detta kommer sedan utgöra en grund för den regionala inriktningen för införande av systemlösningar för egenmonitorering.',
        ],
        '',
    ),
    (
        'goals', 'Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård', 'Utveckla cancervården samt förbättra resultatet för de kvalitetsindikatorer där Halland ligger under rikssnitt',
        [
            'Att utveckla cancervården är ett prioriterat område för hälso- och sjukvården i Halland och det pågår ett arbete inom vårdförvaltningarna för att förbättra regionens resultat. Genom att upptäcka en cancersjukdom tidigt ökar möjligheten till rätt vård och behandling.',
            'Region Halland arbetar aktivt för att förbättra resultaten för Vården i siffrors kvalitetsindikatorer inom cancerområdet, samt med att nå de nationella målen för standardiserade vårdförlopp (SVF). De nationella målen innebär att minst 70 procent av alla nyupptäckta cancerpatienter ska utredas inom ett standardiserats vårdförlopp (inklusionsmål) och att minst 80 procent av alla patienter med cancer som ska starta behandling ska utredas inom ett SVF inom respektive vårdförlopps utsatta tidsgränser (ledtidsmål).',
            'För att bibehålla eller öka andelen patienter med cancer som utreds inom ett standardiserat vårdförlopp behöver vårdförvaltningarna kontinuerligt se över och utveckla sina arbetssätt. Närsjukvården arbetar med dialoger i verksamheterna för att identifiera vilka patienter som ska ingå i ett SVF så att vidare utredning och behandling kan fortsätta på Hallands sjukhus och inom Ambulans, diagnostik och hälsa. Hallands sjukhus har identifierat kunskapsbrist vid registrering och kodning samt ökat behov av operations- och mottagningstider för cancerpatienter.',
            'Region Halland ser att det finns utmaningar i att uppnå målet om andel patienter som genomgår SVF vid cancer inom den angivna ledtiden, trots att regionens eget målvärde (60 procent) är lägre än det nationella (80 procent). I år kommer Hallands sjukhus att genomlysa fyra SVF där patienterna har en väntetid som är mer än 75 procent över den optimala ledtiden. I analysen ingår att kartlägga hela cancerprocessen från utredning till behandling och arbetet sker tillsammans med flera förvaltningar.',
        ],
        '',
    ),
    (
        'goals', 'Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård', 'Säkerställa införandet av framtidens vårdinformationsstöd',
        [
            'Förberedelser inför införandet av regionens nya vårdinformationsstöd Cosmic, som är en förutsättning för regionens fortsatta utveckling av informationsdriven vård, effektiva arbetssätt och stöd till medicinska beslut, har under inledningen av året fortgått med hög intensitet och hög prioritet såväl regionalt som inom Sussa samverkan.',
            'I början av året togs en ny detaljerad tidsplan fram för varje region. Som ett resultat av förhandlingen finns ett förliknings- och ett projektavtal framtaget och som i april signerades av leverantör och regionerna. Inom FVIS-programmet (det regionala införandeprogrammet) har den regionala utbildningsplanen anpassats utifrån den nya tidsplanen. Alla utbildare har genomgått Cosmic-utbildning och användare samt utbildningsstöd i regionen har kunnat delta i en digital e-utbildning sedan januari.',
            'Under preproduktionsfasen sker bland annat överföring av journalinformation från nuvarande huvudjournal- och läkemedelssystem till Cosmic. Region Halland behöver dock även fortsatt säkerställa driften av de vårdsystem som är i slutet av sin livscykel till dess att Cosmic sätts i drift. Det skapar utmaningar eftersom arbetet kräver personella resurser som också behöver involveras i den kommande regionala förvaltningen av Cosmic. Sedan årsskiftet har arbetet påbörjats med att ta fram struktur och bemanning av den regionala förvaltningen av Cosmic för att klara det successiva övertagandet av olika uppdrag och aktiviteter från FVIS-programmet.',
            'Vårdverksamheterna har nu sina organisationer för införande på plats och arbetet ligger i fas med de planerade regionala införandeaktiviteterna. I takt med att driftsättning av det nya vårdinformationsstödet närmar sig involveras också allt fler resurser i det omfattande införandearbetet inom förvaltningarna. Till exempel är frågor som rutiner för manuell migrering av information inför övergången till Cosmic och journalhandlingstillgång efter att verksamheten gått över till Cosmic, frågor som kräver mycket arbete inom vårdförvaltningarna.',
            'Etableringsfasen, den period då leverantören konfigurerar det nya vårdinformationstödet efter regionens beställningar samt kopplar på de integrationer som är aktuella för Region Halland, är fördröjd. Fördröjningen kan innebära en risk att regionen inte bli klar med alla delar som krävs till den planerade driftstarten.',
            'Det gemensamma arbetet inom Sussa samverkan med att skapa ett gemensamt datalager går långsammare än förväntat och fortsatt utveckling kommer att krävas även efter driftstart. Fördröjningen innebär att möjligheten att fullt ut skapa den uppföljning och analys som finns idag, riskerar att förhindras vid driftstart.',
        ],
        '',
    ),
    (
        'goals', 'Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård', 'Säkerställa implementering och uppföljning av personcentrerade och sammanhållna vårdförlopp',
        [
            'Målet med kunskapsstyrning är en mer kunskapsbaserad, jämlik och resurseffektiv vård av hög kvalitet. Regionkontoret samordnar och utvecklar den lokala processen och stödjer införandet av kunskapsstöd så som personcentrerade och sammanhållna vårdförlopp (PSVF). Efter fastställande av kunskapsstöd på nationell nivå fattas kontinuerligt beslut om införande i Region Halland utifrån aktuella regionala förutsättningar. Därefter ansvarar förvaltningarna för implementering.',
            'Under första kvartalet 2024 har det genomförts gap-analys för PSVF Jättecellsarterit, Matallergi, Självskadebeteende hos vuxna, Depression hos vuxna, Obstruktiv sömnapné (OSA) hos vuxna samt Obstruktiv sömnrelaterad andningsstörning (OSDB) hos barn. Inriktningsbeslut har fattats för PSVF Ländryggsbesvär och KOL (reviderad version).',
            'Hallands sjukhus arbetar med implementering av PSVF Stroke (del 2), PSVF Sepsis och PSVF Palliativ vård. Den nya rutinen ”Tillämpning av PSVF Sepsis” har förankrats och implementerats på Hallands sjukhus. Inom palliativ vård finns sedan april en ny jour- och beredskapslinje helgtid för läkare med specialistkunskap inom palliation. En kompetensutvecklingsplan har tagits fram för att tydliggöra behov av specialistutbildning för både sjuksköterskor och läkare.',
            'Närsjukvårdens prioriterade områden 2024 är rehabilitering av invånare med hjärtsvikt och ischemi som utgör en del av den övergripande hjärtprocessen i Region Halland. Utveckling planeras också för processerna inom diabetes och osteoporos.',
        ],
        '',
    ),
    (
        'operations', 'Hälso- och sjukvård', 'Tillgänglighet',
        [
            'Tillgänglighet till primärvård',
            'Medicinsk bedömning inom tre dagar',
            'Vårdgarantin inom primärvården innebär att patienten har rätt till en medicinsk bedömning inom tre dagar. I april visade det samlade resultatet för regionens vårdcentraler (egen regi och privata vårdgivare) att 87 procent av de halländska patienterna erhållit medicinsk bedömning inom tre dagar. Under perioden har arbetet fortsatt med att förbättra registrering och bedömning av vilka besök som ingår i vårdgarantin.',
            'Tillgänglighet till specialistvård inom ramen för nationell vårdgaranti (90 dagar)',
            'Vid nationell jämförelse av året första tre månader visar resultatet att Region Halland är bland de tre regioner som har bäst tillgänglighet gällande första kontakt. För operation/åtgärd är Region Halland bland de fem bästa regionerna.',
            'Första kontakt',
            'Tillgänglighet till första kontakt inom ramen för den lagstadgade vårdgarantin (90 dagar) är i nivå med samma period föregående år. 90 procent av patienterna som väntar på en första kontakt har väntat kortare än 90 dagar. Andelen män som har väntat kortare än 90 dagar på en första kontakt var 89 procent gentemot 91 procent för kvinnorna. Vid månadsskiftet april/maj hade Region Halland 984 patienter som väntat mer än 90 dagar på en första kontakt inom den specialiserade vården, jämfört med 1 142 patienter samma period föregående år.',
            'Inom vuxenpsykiatrin har 86 procent av patienterna väntat kortare än 90 dagar på första kontakt, jämfört med 95 procent i april föregående år.',
            'Operation/åtgärd',
            'Måluppfyllelsen till den lagstadgade vårdgarantin för operation/åtgärd är i nivå med samma period föregående år. Resultatet för april visar att 74 procent av de väntande patienterna har väntat kortare än 90 dagar på operation/åtgärd. Andelen män som har väntat kortare än 90 dagar på operation/åtgärd var 73 procent gentemot 75 procent för kvinnorna.',
            'Väntande mer än 90 dagar',
            'Jämfört med motsvarande period 2023 har antalet patienter som väntat mer än 90 dagar på första kontakt minskat. För patienter som väntat mer än 90 dagar på operation/åtgärd ligger resultaten i nivå med föregående års resultat för perioden.',
            'Tillgänglighet till specialistvård inom ramen för regional vårdgaranti (60 dagar)',
            'Vid nationell jämförelse för perioden är Region Halland bland landets bästa regioner vad gäller tillgänglighet inom 60 dagars för första kontakt och för operation/åtgärd placerar regionen sig på en åttonde plats.',
            'Första kontakt',
            'Resultatet för april visar att 84 procent av väntande till första kontakt inom den specialiserade vården har erbjudits tid för första kontakt inom 60 dagar, vilket är en förbättring med 1 procentenhet mot april föregående år.',
            'Inom vuxenpsykiatrin har tillgänglighet till första kontakt försämrats jämfört med samma period föregående år. 83 procent av väntande patienter har erhållit en första kontakt inom 60 dagar, vilket är en försämring med fyra procentenheter mot föregående år.',
            'Operation/åtgärd',
            'Resultatet för april visar att 71 procent av regionens operationer/åtgärder har genomförts inom 60 dagar, vilket är en förbättring med tre procentenhet jämfört med samma månad föregående år.',
            'Tillgänglighet till BUP inom ramen för förstärkt nationell vårdgaranti (30 dagar)',
            'Första besök, utredning och behandling inom 30 dagar (BUP)',
            'Den förstärkta vårdgarantin för BUP innebär att barn och ungdomar inte ska behöva vänta längre än 30 dagar på ett första besök och max ytterligare 30 dagar till en utredning eller behandling.',
            'Resultatet för april visar att',
            '• 64 procent av de patienter som väntar på ett första besök har erhållit ett sådant inom 30 dagar, vilket är en försämring med sex procentenheter jämfört med samma period föregående år • 77 procent av de patienter som väntar på utredning har erhållit detta inom 30 dagar, vilket är en förbättring med nio procentenheter jämfört med samma period föregående år',
            '• 85 procent av de patienter som väntar på behandling har erhållit detta inom 30 dagar, vilket är i nivå med samma period föregående år.',
            'Vårdgaranti – externa vårdgivare',
            'Vårdgaranti',
            'Antalet patienter som hänvisats från Region Halland och fått vård hos annan vårdgivare har totalt sett ökat under perioden. Under januari till april har 4 329 patienter åberopat vårdgaranti och hänvisats till extern vårdgivare för nybesök jämfört med 3 580 patienter under samma period föregående år. De två största vårdområdena är ögonsjukvård och ortopedisk vård. Kostnaden för vårdgarantin under 2024 till och med april är 54,4 mnkr jämfört med 55,1 mnkr för samma period 2023.',
            'Externa vårdgivare',
            'De vårdgivare som har vårdavtal med Region Halland uppvisar över lag en god tillgänglighet. Målet att erbjuda vård inom Region Hallands tidsramar för vårdgaranti uppfylls inom de flesta vårdområdena. Dock uppvisar vårdområdet psykiatri (vuxna) svårigheter att fullt ut kunna erbjuda första kontakt samt efterkommande utredning och behandling inom 60 dagar.',
            'Vård inom EU/EES',
            'Under perioden har 38 ärenden hanterats gällande planerad vård, jämfört med 31 ärenden under samma period föregående år. Kostnaden för planerad vård inom EU/EES har under årets första fyra månader minskat till 2,3 mnkr jämfört med 3,4 mnkr föregående år. Kostnaderna för nödvändig vård har ökat till 3,3 mnkr under aktuell period, jämfört med 0,7 mnkr föregående år.',
        ],
        CARE_GUARANTEE,
    ),
    (
        'operations', 'Hälso- och sjukvård', 'Kvalitet',
        [
            'Patientsäkerhet',
            'Arbete pågår med utveckling av det som vårdförvaltningarna pekat ut i den regionala handlingsplanen för patientsäkerhet. Det handlar främst om att utveckla stöd till ledningen genom förbättrad uppföljning och rapportering om vårdskador. Förbättrad uppföljning skapas utifrån den data som finns i avvikelsehanteringssystemet Platina. Därtill arbetar regionen med en förbättrad uppföljning och visualisering avseende vårdrelaterade infektioner och övriga vårdskador.',
            'Nationella överenskommelser',
            'Nationella överenskommelser sluts inom områden som identifierats som särskilt viktiga för den fortsatta utvecklingen av hälsa, vård och omsorg i kommuner och regioner. Samtliga överenskommelser sluts mellan regeringen och Sveriges kommuner och regioner (SKR), med undantag av den som rör regionernas arbete med krisberedskap och civilt försvar som är en överenskommelse mellan Myndigheten för samhällsskydd och beredskap (MSB) och SKR.',
            'De riktade statsbidrag som fördelas till Region Halland genom överenskommelserna är en del av den totala finansieringen av hälso- och sjukvården. Fördelningen av statsbidraget regleras i respektive överenskommelse, liksom de krav som ställs för att Region Halland ska få ta del av dessa medel. Nationella överenskommelser samordnas i en övergripande regional process. Aktuella överenskommelser 2024 är:',
            '• God och nära vård',
            '• Ökad tillgänglighet i hälso- och sjukvården',
            '• Psykisk hälsa och suicidprevention',
            '• Förlossningsvård och kvinnors hälsa',
            '• Jämlik och effektiv cancervård',
            '• Läkemedelsförmånerna',
            '• Hälso- och sjukvårdens arbete med civilt försvar, försörjningsberedskap för läkemedel',
            '• Regionernas arbete med krisberedskap och civilt försvar',
            'Arbetet med god och nära vård handlar om att utveckla vården med närsjukvården som nav där samarbete och samverkan mellan region och kommuner är centralt. Överenskommelsen för ökad tillgänglighet syftar till att öka vårdens kapacitet och förbättra tillgängligheten i hälso- och sjukvården genom att korta vårdköer och väntetider samt öka antalet disponibla vårdplatser. Förbättrad tillgänglighet till stöd och behandling av god kvalitet är också en viktig del i arbetet med psykisk hälsa och suicidprevention. I den överenskommelsen betonas vidare betydelsen av att förebygga psykisk ohälsa bland barn och unga och insatser för en förstärkt psykiatrisk traumavård.',
            'Inom förlossningsvård och kvinnors hälsa är målet att uppnå en mer tillgänglig, kunskapsbaserad och jämlik vård, med fokus på en stärkt vårdkedja för graviditet, förlossning och eftervård. Överenskommelsen för en jämlik och effektiv cancervård ska driva utvecklingen av cancervården framåt med utgångspunkt i cancerstrategin. Det läggs stor vikt vid de så kallade inklusions- och ledtidsmålen, insatser som rör prevention och tidig upptäckt, kompetensförsörjning samt forskning. Nytt för 2024 är en särskild satsning på radiologi och patologi, rehabilitering, aktiva överlämningar och seneffektsuppföljning som gäller både barn och vuxna.',
            'Överenskommelsen om läkemedelsförmånerna syftar till att möjliggöra att patienterna får tillgång till kostnadseffektiv behandling samtidigt som den skapar förutsägbarhet för regionerna i ekonomiska termer. Överenskommelsen ska också ge regionerna förutsättningar att på ett jämlikt sätt använda läkemedel inom läkemedelsförmånerna.',
            'Överenskommelsen om civilt försvar och försörjningsberedskap bibehåller målsättningen från tidigare år om att regionerna ska säkerställa tillgång till ett utökat sortiment av prioriterade läkemedel inom slutenvården för vård som inte kan anstå för minst en månads förbrukning.',
            'Den överenskommelse som slutits mellan SKR och MSB utgår från lagen (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära händelser i fredstid och höjd beredskap (LEH), samt säkerhetsskyddslagen (2018:585). Utvecklingen av regionernas förmåga inom det civila försvaret ska ske utifrån respektive regions utgångsläge och behov av utveckling.',
        ],
        '',
    ),
    (
        'operations', 'Hälso- och sjukvård', 'Produktion',
        [
            'Ambulans, diagnostik och hälsa',
            'Produktionen har varit stabil under årets fyra första månader. Totalt har produktionen ökat 0,3 procent jämfört med motsvarande period föregående år. Verksamhetens egen målsättning om att nå ökningstakten om 1 procent mot föregående år bedöms fortfarande rimlig.',
            'Hallands sjukhus',
            'Vårdproduktionen vid Hallands sjukhus har påverkats av bemanningssvårigheterna inom slutenvård och i viss utsträckning även inom operationsverksamheten. I relation till plan har i genomsnitt 66 vårdplatser inte kunnat disponeras under perioden januari till april, i relation till utfallet samma period 2023 är skillnaden cirka 40 vårdplatser. Omfattande insatser har gjorts för att upprätthålla så hög vårdplatskapacitet som möjligt. Det inbegriper att fortsätta utveckla arbetssätt så att de platser som finns används klokt samt att säkerställa att utskrivningsklara patienter kan lämna sjukhuset med bra informationsöverföring och planering.',
            'Sjukhusets beläggningsgrad ligger över planerade nivåer, men det är mycket stora variationer mellan specialiteterna. Antal utlokaliserade och överbeläggningar har ökat kopplat till lägre total vårdplatskapacitet. Under perioden har det förelegat ett högt antal utskrivningsklara patienter. I genomsnitt 39 vårdplatser (8 procent av total vårdplatskapacitet) upptas av en patient som är utskrivningsklar. Den reducerade vårdplatskapaciteten har medfört att färre vårdtillfällen för planerad vård än planerat har kunnat erbjudas. Antalet operationer på operationsavdelningarna har varit fler än samma period 2023, men ökningen utgörs av operationer i öppenvård.',
            'Närsjukvården Halland',
            'Antalet besök januari–april 2024 är cirka 3 procent fler än motsvarande period föregående år och uppgår till 248 500. Av dessa avser 6 900 besök vaccinationer, vilka inte är med i produktionsplanen. Totalt är det 18 000 fler besök än budgeterat. Det gäller besök till samtliga yrkesgrupper förutom besök till psykosociala resurser. Andelen besök som görs på distans (skrift, telefon och video) uppgår till 8 procent av det totala antalet besök. Antalet startade chattar fortsätter att öka. Under januari–april är det drygt 6 000 fler chattar och videobesök i jämförelse med motsvarande period 2023. Fler patienter hittar till chatten, men framför allt beror ökningen på en allt högre andel chattar ut till patienten i stället för att skicka brev eller ringa. I dag är det ungefär 70 procent av chattarna som initieras av patienten och 30 procent av vårdgivaren.',
            'Psykiatrin Halland',
            'Antal öppenvårdsbesök har en ökande trend och har under perioden varit cirka 8 procent fler än motsvarande period 2023. Den vuxenpsykiatriska öppenvården har ökat med 10 procent och BUP med 6,8 procent, medan ätstörningsvården har ungefär samma produktion som föregående period. Första-linjeverksamheten barn och ungas psykiska hälsa har ökat produktionen med 34 procent, till stor del som en följd av att verksamheten nu även finns i Varberg. Antalet patienter har under perioden varit cirka 7 procent fler än samma period föregående år. Patientökning ses inom samtliga öppenvårdskliniker, BUP (9 procent); ätstörningsvården (19 procent); första-linjeverksamheten barn och ungas psykiska hälsa (37 procent); vuxenpsykiatriska öppenvården (5 procent).',
        ],
        '',
    ),
    (
        'operations', 'Regional utveckling', 'Kultur och skola',
        [
            'Kultur',
            'Det förändrade publikbeteendet med sena biljettköp och köp i dörr håller i sig. De interna institutionerna Musik Hallandia, Art Inside Out och Rum för Dans arbetar aktivt med kommunikation för att synliggöra verksamheterna och nå ut till invånare och besökare.',
            'Inom kulturverksamheten prioriteras samverkan såväl internt, kring frågor som barnrätt och kultur och hälsa, som externt, kring frågor som arrangörsutveckling och Halland som konstdestination.',
            'Kulturverksamheten har genomgått en omorganisering där de konstområdesspecifika utvecklarna samlas i avdelningen Kulturutveckling medan utvecklare med bredare uppdrag samlas inom Kultur och samhälle. I den senare återfinns därmed arbete med biblioteksutveckling, kulturarv, kulturella och kreativa branscher, barn och unga samt gestaltad livsmiljö.',
            'Läs kapitel 2.2.5 En robust kultursektor för mer information om Region Hallands arbete inom kulturområdet under perioden.',
            'Skola',
            'Inom skolverksamheten går vårterminen mot sitt slut. Alla skolor har varit i full drift under våren och snart tar en ny period vid när sommarkurser och läger ska arrangeras.',
            'Preliminära siffror visar att söktrycket under hösten varierar utifrån varje enskild utbildning. Flera kurser och utbildningar har många sökande, medan andra har det svårare att locka till sig sökande. Marknadsföringen har setts över och nya strategier har från och med vårterminen prövats, men det är för tidigt att fullt ut analysera utfallet. Formella söktryckssiffror redovisas i samband med uppföljningsrapport 2. Likaså studieresultaten rapporteras senare under året.',
            'Däremot finns det resultat från skolornas kvalitetsarbete, vilket kan påvisa att elever och deltagare, precis som tidigare, är mycket nöjda med undervisningen och skolan i allmänhet.',
            'Viktiga händelser och aktiviteter som är värda att nämna anges nedan:',
            '• Munkagårdsgymnasiet arbetar med en utvecklingsplan med målet att säkerställa skolans attraktionskraft utifrån en ekonomi i balans, regelverk och lagstiftning samt det grunduppdrag som ska hanteras i verksamheten.',
            '• Den 20 april arrangerade Katrinebergs folkhögskola årets populära kalasdag, en välbesökt lördag med mängder av aktiviteter. Dagen innehöll exempelvis utställning av Konstskolan, öppen repetition med skådespelarlinjens föreställning Romeo & Juliet, lekar, pyssel och korvgrillning.',
            '• Katrineberg förlorar en del deltagarveckor i år enligt besked från Folkbildningsrådet.',
            '• Munkagårdsgymnasiet firade 40-årsjubileum 4 maj med ett stort antal besökare under en lyckad dag med fint väder.',
            '• På Löftadalens folkhögskola har många nya deltagare börjat på allmän kurs.',
            '• Det pågår flera byggprojekt på Löftadalen. Exempelvis renovering av internatrum och ljudisolering av matsalen, vilket bidragit till en lugnare måltidsmiljö. • Löftadalen har även en pågående förstudie om nya undervisningslokaler i anknytning till befintlig fastighet.',
        ],
        '',
    ),
    (
        'operations', 'Regional utveckling', 'Kollektivtrafik',
        [
            'Under perioden januari-april har biljettintäkterna varit högre varje månad jämfört med samma månad året före. Försäljningen ligger på 96 procent (12-månaders medelvärde) av målet för helår 2024.',
            'Hallandstrafikens app stod i april för 85 procent av biljettförsäljningen (12-månaders medelvärde). Antalet biljetter som säljs i appen ökar svagt trendmässigt varje månad.',
            'Marknadsandelen, andelen resor i förhållande till resor med bil, uppgick till 15,2 procent och har minskat i jämförelse med samma period 2023. Antal resor inom den allmänna kollektivtrafiken har nått 18,8 miljoner resor under de senaste 12 månaderna. Under april 2024 visar resultaten att 61,2 procent av kunderna är nöjda med Hallandstrafiken. Punktligheten nådde 90,8 procent vilket är 0,2 procent högre än samma period 2023 på 90,6 procent.',
            'Informationen vid försening har en nedåtgående trend sedan januari. Det har under perioden varit flertalet både planerade och icke planerade avbrott på bland annat Västkustbanan, vilket med största sannolikhet påverkar resultatet. Det pågår arbeten, både på kort och lång sikt, för att förbättra både informationen och hanteringen vid förseningar.',
        ],
        '',
    ),
]


def write(gen):
    """Writes topics.csv through the generator's writer (`gen.write`, `gen.csv`)."""
    header = [("period", "node", "chapter", "heading", "topic", "text", "indicators")]
    rows = [(PERIOD, NODE, ch, heading, topic, "\n\n".join(paras), ind) for ch, heading, topic, paras, ind in TOPICS]
    gen.write("topics.csv", gen.csv(header + rows))
    print(f"topics.csv: {len(rows)} texts")
