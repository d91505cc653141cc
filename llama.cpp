<svg class="rich-terminal" viewBox="0 0 1238 6686.799999999999" xmlns="http://www.w3.org/2000/svg">
    <!-- Generated with Rich https://www.textualize.io -->
    <style>

    @font-face {
        font-family: "Fira Code";
        src: local("FiraCode-Regular"),
                url("https://cdnjs.cloudflare.com/ajax/libs/firacode/6.2.0/woff2/FiraCode-Regular.woff2") format("woff2"),
                url("https://cdnjs.cloudflare.com/ajax/libs/firacode/6.2.0/woff/FiraCode-Regular.woff") format("woff");
        font-style: normal;
        font-weight: 400;
    }
    @font-face {
        font-family: "Fira Code";
        src: local("FiraCode-Bold"),
                url("https://cdnjs.cloudflare.com/ajax/libs/firacode/6.2.0/woff2/FiraCode-Bold.woff2") format("woff2"),
                url("https://cdnjs.cloudflare.com/ajax/libs/firacode/6.2.0/woff/FiraCode-Bold.woff") format("woff");
        font-style: bold;
        font-weight: 700;
    }

    .llmengines-999938b7c62d-matrix {
        font-family: Fira Code, monospace;
        font-size: 20px;
        line-height: 24.4px;
        font-variant-east-asian: full-width;
    }

    .llmengines-999938b7c62d-title {
        font-size: 18px;
        font-weight: bold;
        font-family: arial;
    }

    .llmengines-999938b7c62d-r1 { fill: #c5c8c6 }
.llmengines-999938b7c62d-r2 { fill: #c5c8c6;font-weight: bold }
.llmengines-999938b7c62d-r3 { fill: #868887;font-style: italic; }
    </style>

    <defs>
    <clipPath id="llmengines-999938b7c62d-clip-terminal">
      <rect x="0" y="0" width="1219.0" height="6635.799999999999" />
    </clipPath>
    <clipPath id="llmengines-999938b7c62d-line-0">
    <rect x="0" y="1.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-1">
    <rect x="0" y="25.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-2">
    <rect x="0" y="50.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-3">
    <rect x="0" y="74.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-4">
    <rect x="0" y="99.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-5">
    <rect x="0" y="123.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-6">
    <rect x="0" y="147.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-7">
    <rect x="0" y="172.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-8">
    <rect x="0" y="196.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-9">
    <rect x="0" y="221.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-10">
    <rect x="0" y="245.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-11">
    <rect x="0" y="269.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-12">
    <rect x="0" y="294.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-13">
    <rect x="0" y="318.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-14">
    <rect x="0" y="343.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-15">
    <rect x="0" y="367.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-16">
    <rect x="0" y="391.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-17">
    <rect x="0" y="416.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-18">
    <rect x="0" y="440.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-19">
    <rect x="0" y="465.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-20">
    <rect x="0" y="489.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-21">
    <rect x="0" y="513.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-22">
    <rect x="0" y="538.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-23">
    <rect x="0" y="562.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-24">
    <rect x="0" y="587.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-25">
    <rect x="0" y="611.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-26">
    <rect x="0" y="635.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-27">
    <rect x="0" y="660.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-28">
    <rect x="0" y="684.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-29">
    <rect x="0" y="709.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-30">
    <rect x="0" y="733.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-31">
    <rect x="0" y="757.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-32">
    <rect x="0" y="782.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-33">
    <rect x="0" y="806.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-34">
    <rect x="0" y="831.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-35">
    <rect x="0" y="855.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-36">
    <rect x="0" y="879.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-37">
    <rect x="0" y="904.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-38">
    <rect x="0" y="928.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-39">
    <rect x="0" y="953.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-40">
    <rect x="0" y="977.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-41">
    <rect x="0" y="1001.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-42">
    <rect x="0" y="1026.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-43">
    <rect x="0" y="1050.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-44">
    <rect x="0" y="1075.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-45">
    <rect x="0" y="1099.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-46">
    <rect x="0" y="1123.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-47">
    <rect x="0" y="1148.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-48">
    <rect x="0" y="1172.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-49">
    <rect x="0" y="1197.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-50">
    <rect x="0" y="1221.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-51">
    <rect x="0" y="1245.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-52">
    <rect x="0" y="1270.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-53">
    <rect x="0" y="1294.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-54">
    <rect x="0" y="1319.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-55">
    <rect x="0" y="1343.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-56">
    <rect x="0" y="1367.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-57">
    <rect x="0" y="1392.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-58">
    <rect x="0" y="1416.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-59">
    <rect x="0" y="1441.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-60">
    <rect x="0" y="1465.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-61">
    <rect x="0" y="1489.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-62">
    <rect x="0" y="1514.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-63">
    <rect x="0" y="1538.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-64">
    <rect x="0" y="1563.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-65">
    <rect x="0" y="1587.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-66">
    <rect x="0" y="1611.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-67">
    <rect x="0" y="1636.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-68">
    <rect x="0" y="1660.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-69">
    <rect x="0" y="1685.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-70">
    <rect x="0" y="1709.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-71">
    <rect x="0" y="1733.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-72">
    <rect x="0" y="1758.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-73">
    <rect x="0" y="1782.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-74">
    <rect x="0" y="1807.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-75">
    <rect x="0" y="1831.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-76">
    <rect x="0" y="1855.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-77">
    <rect x="0" y="1880.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-78">
    <rect x="0" y="1904.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-79">
    <rect x="0" y="1929.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-80">
    <rect x="0" y="1953.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-81">
    <rect x="0" y="1977.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-82">
    <rect x="0" y="2002.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-83">
    <rect x="0" y="2026.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-84">
    <rect x="0" y="2051.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-85">
    <rect x="0" y="2075.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-86">
    <rect x="0" y="2099.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-87">
    <rect x="0" y="2124.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-88">
    <rect x="0" y="2148.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-89">
    <rect x="0" y="2173.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-90">
    <rect x="0" y="2197.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-91">
    <rect x="0" y="2221.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-92">
    <rect x="0" y="2246.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-93">
    <rect x="0" y="2270.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-94">
    <rect x="0" y="2295.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-95">
    <rect x="0" y="2319.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-96">
    <rect x="0" y="2343.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-97">
    <rect x="0" y="2368.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-98">
    <rect x="0" y="2392.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-99">
    <rect x="0" y="2417.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-100">
    <rect x="0" y="2441.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-101">
    <rect x="0" y="2465.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-102">
    <rect x="0" y="2490.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-103">
    <rect x="0" y="2514.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-104">
    <rect x="0" y="2539.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-105">
    <rect x="0" y="2563.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-106">
    <rect x="0" y="2587.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-107">
    <rect x="0" y="2612.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-108">
    <rect x="0" y="2636.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-109">
    <rect x="0" y="2661.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-110">
    <rect x="0" y="2685.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-111">
    <rect x="0" y="2709.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-112">
    <rect x="0" y="2734.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-113">
    <rect x="0" y="2758.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-114">
    <rect x="0" y="2783.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-115">
    <rect x="0" y="2807.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-116">
    <rect x="0" y="2831.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-117">
    <rect x="0" y="2856.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-118">
    <rect x="0" y="2880.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-119">
    <rect x="0" y="2905.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-120">
    <rect x="0" y="2929.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-121">
    <rect x="0" y="2953.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-122">
    <rect x="0" y="2978.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-123">
    <rect x="0" y="3002.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-124">
    <rect x="0" y="3027.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-125">
    <rect x="0" y="3051.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-126">
    <rect x="0" y="3075.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-127">
    <rect x="0" y="3100.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-128">
    <rect x="0" y="3124.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-129">
    <rect x="0" y="3149.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-130">
    <rect x="0" y="3173.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-131">
    <rect x="0" y="3197.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-132">
    <rect x="0" y="3222.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-133">
    <rect x="0" y="3246.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-134">
    <rect x="0" y="3271.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-135">
    <rect x="0" y="3295.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-136">
    <rect x="0" y="3319.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-137">
    <rect x="0" y="3344.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-138">
    <rect x="0" y="3368.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-139">
    <rect x="0" y="3393.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-140">
    <rect x="0" y="3417.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-141">
    <rect x="0" y="3441.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-142">
    <rect x="0" y="3466.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-143">
    <rect x="0" y="3490.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-144">
    <rect x="0" y="3515.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-145">
    <rect x="0" y="3539.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-146">
    <rect x="0" y="3563.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-147">
    <rect x="0" y="3588.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-148">
    <rect x="0" y="3612.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-149">
    <rect x="0" y="3637.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-150">
    <rect x="0" y="3661.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-151">
    <rect x="0" y="3685.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-152">
    <rect x="0" y="3710.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-153">
    <rect x="0" y="3734.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-154">
    <rect x="0" y="3759.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-155">
    <rect x="0" y="3783.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-156">
    <rect x="0" y="3807.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-157">
    <rect x="0" y="3832.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-158">
    <rect x="0" y="3856.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-159">
    <rect x="0" y="3881.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-160">
    <rect x="0" y="3905.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-161">
    <rect x="0" y="3929.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-162">
    <rect x="0" y="3954.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-163">
    <rect x="0" y="3978.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-164">
    <rect x="0" y="4003.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-165">
    <rect x="0" y="4027.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-166">
    <rect x="0" y="4051.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-167">
    <rect x="0" y="4076.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-168">
    <rect x="0" y="4100.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-169">
    <rect x="0" y="4125.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-170">
    <rect x="0" y="4149.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-171">
    <rect x="0" y="4173.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-172">
    <rect x="0" y="4198.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-173">
    <rect x="0" y="4222.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-174">
    <rect x="0" y="4247.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-175">
    <rect x="0" y="4271.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-176">
    <rect x="0" y="4295.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-177">
    <rect x="0" y="4320.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-178">
    <rect x="0" y="4344.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-179">
    <rect x="0" y="4369.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-180">
    <rect x="0" y="4393.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-181">
    <rect x="0" y="4417.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-182">
    <rect x="0" y="4442.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-183">
    <rect x="0" y="4466.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-184">
    <rect x="0" y="4491.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-185">
    <rect x="0" y="4515.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-186">
    <rect x="0" y="4539.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-187">
    <rect x="0" y="4564.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-188">
    <rect x="0" y="4588.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-189">
    <rect x="0" y="4613.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-190">
    <rect x="0" y="4637.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-191">
    <rect x="0" y="4661.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-192">
    <rect x="0" y="4686.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-193">
    <rect x="0" y="4710.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-194">
    <rect x="0" y="4735.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-195">
    <rect x="0" y="4759.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-196">
    <rect x="0" y="4783.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-197">
    <rect x="0" y="4808.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-198">
    <rect x="0" y="4832.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-199">
    <rect x="0" y="4857.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-200">
    <rect x="0" y="4881.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-201">
    <rect x="0" y="4905.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-202">
    <rect x="0" y="4930.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-203">
    <rect x="0" y="4954.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-204">
    <rect x="0" y="4979.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-205">
    <rect x="0" y="5003.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-206">
    <rect x="0" y="5027.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-207">
    <rect x="0" y="5052.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-208">
    <rect x="0" y="5076.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-209">
    <rect x="0" y="5101.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-210">
    <rect x="0" y="5125.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-211">
    <rect x="0" y="5149.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-212">
    <rect x="0" y="5174.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-213">
    <rect x="0" y="5198.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-214">
    <rect x="0" y="5223.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-215">
    <rect x="0" y="5247.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-216">
    <rect x="0" y="5271.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-217">
    <rect x="0" y="5296.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-218">
    <rect x="0" y="5320.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-219">
    <rect x="0" y="5345.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-220">
    <rect x="0" y="5369.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-221">
    <rect x="0" y="5393.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-222">
    <rect x="0" y="5418.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-223">
    <rect x="0" y="5442.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-224">
    <rect x="0" y="5467.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-225">
    <rect x="0" y="5491.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-226">
    <rect x="0" y="5515.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-227">
    <rect x="0" y="5540.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-228">
    <rect x="0" y="5564.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-229">
    <rect x="0" y="5589.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-230">
    <rect x="0" y="5613.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-231">
    <rect x="0" y="5637.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-232">
    <rect x="0" y="5662.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-233">
    <rect x="0" y="5686.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-234">
    <rect x="0" y="5711.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-235">
    <rect x="0" y="5735.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-236">
    <rect x="0" y="5759.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-237">
    <rect x="0" y="5784.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-238">
    <rect x="0" y="5808.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-239">
    <rect x="0" y="5833.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-240">
    <rect x="0" y="5857.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-241">
    <rect x="0" y="5881.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-242">
    <rect x="0" y="5906.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-243">
    <rect x="0" y="5930.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-244">
    <rect x="0" y="5955.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-245">
    <rect x="0" y="5979.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-246">
    <rect x="0" y="6003.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-247">
    <rect x="0" y="6028.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-248">
    <rect x="0" y="6052.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-249">
    <rect x="0" y="6077.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-250">
    <rect x="0" y="6101.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-251">
    <rect x="0" y="6125.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-252">
    <rect x="0" y="6150.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-253">
    <rect x="0" y="6174.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-254">
    <rect x="0" y="6199.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-255">
    <rect x="0" y="6223.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-256">
    <rect x="0" y="6247.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-257">
    <rect x="0" y="6272.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-258">
    <rect x="0" y="6296.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-259">
    <rect x="0" y="6321.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-260">
    <rect x="0" y="6345.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-261">
    <rect x="0" y="6369.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-262">
    <rect x="0" y="6394.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-263">
    <rect x="0" y="6418.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-264">
    <rect x="0" y="6443.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-265">
    <rect x="0" y="6467.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-266">
    <rect x="0" y="6491.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-267">
    <rect x="0" y="6516.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-268">
    <rect x="0" y="6540.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-269">
    <rect x="0" y="6565.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-999938b7c62d-line-270">
    <rect x="0" y="6589.5" width="1220" height="24.65"/>
            </clipPath>
    </defs>

    <rect fill="#292929" stroke="rgba(255,255,255,0.35)" stroke-width="1" x="1" y="1" width="1236" height="6684.8" rx="8"/><text class="llmengines-999938b7c62d-title" fill="#c5c8c6" text-anchor="middle" x="618" y="27">llmengines</text>
            <g transform="translate(26,22)">
            <circle cx="0" cy="0" r="7" fill="#ff5f57"/>
            <circle cx="22" cy="0" r="7" fill="#febc2e"/>
            <circle cx="44" cy="0" r="7" fill="#28c840"/>
            </g>
        
    <g transform="translate(9, 41)" clip-path="url(#llmengines-999938b7c62d-clip-terminal)">
    
    <g class="llmengines-999938b7c62d-matrix">
    <text class="llmengines-999938b7c62d-r1" x="1220" y="20" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-0)">
</text><text class="llmengines-999938b7c62d-r2" x="732" y="44.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-1)">Matrix&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="44.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-1)">
</text><text class="llmengines-999938b7c62d-r2" x="12.2" y="68.8" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-2)">Category&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r2" x="317.2" y="68.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-2)">Technique&#160;&#160;</text><text class="llmengines-999938b7c62d-r2" x="488" y="68.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-2)">Descripti…</text><text class="llmengines-999938b7c62d-r2" x="646.6" y="68.8" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-2)">Refs</text><text class="llmengines-999938b7c62d-r2" x="732" y="68.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-2)">column&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r2" x="902.8" y="68.8" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-2)">Id&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="68.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-2)">
</text><text class="llmengines-999938b7c62d-r1" x="0" y="93.2" textLength="1220" clip-path="url(#llmengines-999938b7c62d-line-3)">&#160;──────────────────────────────────────────────────────────────────────────────────────────────────&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="93.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-3)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="117.6" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-4)">Batch&#160;Optimization&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="117.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-4)">Dynamic&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="117.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-4)">Collects&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="117.6" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-4)">&#160;&#160;&#160;2</text><text class="llmengines-999938b7c62d-r1" x="732" y="117.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-4)">Dynamic&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="117.6" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-4)">dynamic-batching&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="117.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-4)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="142" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-5)">Batching&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="142" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-5)">user&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="732" y="142" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-5)">Batching&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="142" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-5)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="166.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-6)">requests&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="166.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-6)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="190.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-7)">over&#160;a&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="190.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-7)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="215.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-8)">short&#160;time</text><text class="llmengines-999938b7c62d-r1" x="1220" y="215.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-8)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="239.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-9)">window&#160;to&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="239.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-9)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="264" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-10)">process&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="264" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-10)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="288.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-11)">them&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="288.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-11)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="312.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-12)">together,&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="312.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-12)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="337.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-13)">improving&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="337.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-13)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="361.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-14)">hardware&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="361.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-14)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="386" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-15)">efficiency</text><text class="llmengines-999938b7c62d-r1" x="1220" y="386" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-15)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="410.4" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-16)">Batch&#160;Optimization&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="410.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-16)">Continuous&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="410.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-16)">Forms&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="410.4" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-16)">&#160;&#160;&#160;2</text><text class="llmengines-999938b7c62d-r1" x="732" y="410.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-16)">Continuous&#160;</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="410.4" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-16)">continuous-batching&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="410.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-16)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="434.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-17)">Batching&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="434.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-17)">batches&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="732" y="434.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-17)">Batching&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="434.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-17)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="459.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-18)">increment…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="459.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-18)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="483.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-19)">based&#160;on&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="483.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-19)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="508" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-20)">arrival&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="508" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-20)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="532.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-21)">time&#160;to&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="532.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-21)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="556.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-22)">minimize&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="556.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-22)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="581.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-23)">latency&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="581.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-23)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="605.6" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-24)">Batch&#160;Optimization&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="605.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-24)">Nano&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="605.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-24)">Extremely&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="605.6" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-24)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="732" y="605.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-24)">Nano&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="605.6" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-24)">nano-batching&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="605.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-24)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="630" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-25)">Batching&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="630" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-25)">fine-grai…</text><text class="llmengines-999938b7c62d-r1" x="732" y="630" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-25)">Batching&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="630" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-25)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="654.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-26)">batching&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="654.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-26)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="678.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-27)">for&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="678.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-27)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="703.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-28)">ultra-low&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="703.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-28)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="727.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-29)">latency&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="727.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-29)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="752" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-30)">inference&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="752" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-30)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="776.4" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-31)">Batch&#160;Optimization&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="776.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-31)">Chunked-pr…</text><text class="llmengines-999938b7c62d-r1" x="488" y="776.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-31)">Splits&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="776.4" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-31)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="732" y="776.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-31)">Chunked-pr…</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="776.4" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-31)">chunked-prefill&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="776.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-31)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="800.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-32)">prefill&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="800.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-32)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="825.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-33)">into&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="825.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-33)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="849.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-34)">chunks&#160;for</text><text class="llmengines-999938b7c62d-r1" x="1220" y="849.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-34)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="874" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-35)">parallel&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="874" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-35)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="898.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-36)">decoding&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="898.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-36)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="922.8" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-37)">Parallelism&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="922.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-37)">Data&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="922.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-37)">Copies&#160;the</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="922.8" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-37)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="732" y="922.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-37)">Data&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="922.8" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-37)">data-parallelism&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="922.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-37)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="947.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-38)">Parallelism</text><text class="llmengines-999938b7c62d-r1" x="488" y="947.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-38)">same&#160;model</text><text class="llmengines-999938b7c62d-r1" x="732" y="947.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-38)">Parallelism</text><text class="llmengines-999938b7c62d-r1" x="1220" y="947.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-38)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="971.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-39)">(DP)&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="971.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-39)">to&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="971.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-39)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="996" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-40)">multiple&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="996" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-40)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1020.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-41)">GPUs&#160;and&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1020.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-41)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1044.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-42)">splits&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1044.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-42)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1069.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-43)">input&#160;data</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1069.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-43)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1093.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-44)">for&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1093.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-44)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1118" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-45)">parallel&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1118" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-45)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1142.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-46)">execution&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1142.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-46)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="1166.8" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-47)">Parallelism&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="1166.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-47)">Fully&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="1166.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-47)">Shards&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="1166.8" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-47)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="732" y="1166.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-47)">FSDP&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="1166.8" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-47)">fsdp&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1166.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-47)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="1191.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-48)">Shared&#160;Data</text><text class="llmengines-999938b7c62d-r1" x="488" y="1191.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-48)">model&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1191.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-48)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="1215.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-49)">Parallelism</text><text class="llmengines-999938b7c62d-r1" x="488" y="1215.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-49)">parameters</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1215.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-49)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="1240" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-50)">(FSDP)&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="1240" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-50)">across&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1240" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-50)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1264.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-51)">GPUs&#160;for&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1264.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-51)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1288.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-52)">memory-ef…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1288.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-52)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1313.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-53)">training&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1313.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-53)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="1337.6" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-54)">Parallelism&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="1337.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-54)">Tensor&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="1337.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-54)">Splits&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="1337.6" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-54)">&#160;&#160;&#160;2</text><text class="llmengines-999938b7c62d-r1" x="732" y="1337.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-54)">Tensor&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="1337.6" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-54)">tensor-parallelism&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1337.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-54)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="1362" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-55)">Parallelism</text><text class="llmengines-999938b7c62d-r1" x="488" y="1362" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-55)">model&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="732" y="1362" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-55)">Parallelism</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1362" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-55)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="1386.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-56)">(TP)&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="1386.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-56)">tensors&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1386.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-56)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1410.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-57)">across&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1410.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-57)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1435.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-58)">devices&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1435.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-58)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1459.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-59)">for&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1459.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-59)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1484" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-60)">parallel&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1484" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-60)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1508.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-61)">computati…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1508.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-61)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="1532.8" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-62)">Parallelism&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="1532.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-62)">Pipeline&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="1532.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-62)">Divides&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="1532.8" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-62)">&#160;&#160;&#160;4</text><text class="llmengines-999938b7c62d-r1" x="732" y="1532.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-62)">Pipeline&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="1532.8" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-62)">pipeline-parallelism&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1532.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-62)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="1557.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-63)">Parallelism</text><text class="llmengines-999938b7c62d-r1" x="488" y="1557.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-63)">model&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="732" y="1557.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-63)">Parallelism</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1557.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-63)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="1581.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-64)">(PP)&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="1581.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-64)">layers&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1581.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-64)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1606" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-65)">across&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1606" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-65)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1630.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-66)">devices&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1630.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-66)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1654.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-67)">and&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1654.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-67)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1679.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-68)">executes&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1679.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-68)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1703.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-69)">micro-bat…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1703.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-69)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1728" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-70)">sequentia…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1728" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-70)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="1752.4" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-71)">Quantization&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="1752.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-71)">PTQ&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="1752.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-71)">Applies&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="1752.4" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-71)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="1752.4" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-71)">ptq&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1752.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-71)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1776.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-72)">quantizat…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1776.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-72)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1801.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-73)">after&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1801.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-73)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1825.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-74)">training&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1825.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-74)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="1850" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-75)">Quantization&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="1850" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-75)">QAT&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="1850" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-75)">Retrains&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="1850" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-75)">&#160;&#160;&#160;2</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="1850" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-75)">qat&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1850" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-75)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1874.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-76)">with&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1874.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-76)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1898.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-77)">quantizat…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1898.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-77)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1923.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-78)">awareness&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1923.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-78)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="1947.6" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-79)">Quantization&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="1947.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-79)">AQLM&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="1947.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-79)">Maintains&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="1947.6" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-79)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="1947.6" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-79)">aqlm&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1947.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-79)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1972" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-80)">performan…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1972" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-80)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="1996.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-81)">at&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="1996.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-81)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2020.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-82)">extremely&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2020.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-82)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2045.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-83)">low&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2045.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-83)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2069.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-84)">precision&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2069.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-84)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="2094" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-85)">Quantization&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="2094" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-85)">SmoothQuant</text><text class="llmengines-999938b7c62d-r1" x="488" y="2094" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-85)">Uses&#160;scale</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="2094" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-85)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="2094" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-85)">smoothquant&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2094" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-85)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2118.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-86)">folding&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2118.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-86)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2142.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-87)">for&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2142.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-87)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2167.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-88)">normaliza…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2167.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-88)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="2191.6" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-89)">Quantization&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="2191.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-89)">KV&#160;Cache&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="2191.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-89)">Quantizes&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="2191.6" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-89)">&#160;&#160;&#160;2</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="2191.6" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-89)">kv-cache-quantization&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2191.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-89)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="2216" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-90)">Quantizati…</text><text class="llmengines-999938b7c62d-r1" x="488" y="2216" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-90)">KV&#160;cache&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2216" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-90)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2240.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-91)">to&#160;reduce&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2240.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-91)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2264.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-92)">memory&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2264.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-92)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2289.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-93)">usage&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2289.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-93)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="2313.6" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-94)">Quantization&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="2313.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-94)">EXL2&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="2313.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-94)">Implements</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="2313.6" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-94)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="2313.6" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-94)">exl2&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2313.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-94)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2338" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-95)">efficient&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2338" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-95)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2362.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-96)">quantizat…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2362.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-96)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2386.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-97)">format&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2386.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-97)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="2411.2" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-98)">Quantization&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="2411.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-98)">EETQ&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="2411.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-98)">Inference…</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="2411.2" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-98)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="2411.2" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-98)">eetq&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2411.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-98)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2435.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-99)">quantizat…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2435.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-99)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2460" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-100)">method&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2460" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-100)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="2484.4" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-101)">Quantization&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="2484.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-101)">LLM&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="2484.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-101)">Unified&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="2484.4" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-101)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="2484.4" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-101)">llm-compressor&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2484.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-101)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="2508.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-102)">Compressor&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="2508.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-102)">framework&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2508.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-102)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2533.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-103)">for&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2533.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-103)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2557.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-104)">quantizat…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2557.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-104)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2582" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-105)">and&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2582" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-105)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2606.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-106)">pruning&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2606.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-106)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="2630.8" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-107)">Quantization&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="2630.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-107)">GPTQ&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="2630.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-107)">Hessian-a…</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="2630.8" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-107)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="2630.8" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-107)">gptq&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2630.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-107)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2655.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-108)">quantizat…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2655.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-108)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2679.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-109)">minimizing</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2679.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-109)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2704" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-110)">accuracy&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2704" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-110)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2728.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-111)">loss&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2728.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-111)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="2752.8" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-112)">Quantization&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="2752.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-112)">Marlin&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="2752.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-112)">Fused&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="2752.8" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-112)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="2752.8" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-112)">marlin&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2752.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-112)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2777.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-113)">quantizat…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2777.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-113)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2801.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-114)">kernels&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2801.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-114)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2826" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-115)">for&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2826" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-115)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2850.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-116)">performan…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2850.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-116)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="2874.8" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-117)">Quantization&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="2874.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-117)">Microscali…</text><text class="llmengines-999938b7c62d-r1" x="488" y="2874.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-117)">Compact&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="2874.8" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-117)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="2874.8" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-117)">microscaling-format&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2874.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-117)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="2899.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-118)">Format&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="2899.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-118)">format&#160;for</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2899.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-118)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2923.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-119)">fine-grai…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2923.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-119)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2948" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-120)">quantizat…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2948" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-120)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="2972.4" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-121)">Pruning&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="2972.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-121)">cuSPARSE&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="2972.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-121)">NVIDIA-op…</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="2972.4" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-121)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="2972.4" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-121)">cusparse&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2972.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-121)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="2996.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-122)">sparse&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="2996.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-122)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3021.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-123)">matrix&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3021.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-123)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3045.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-124)">library&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3045.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-124)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="3070" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-125)">Pruning&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3070" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-125)">Wanda&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="3070" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-125)">Importanc…</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="3070" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-125)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="3070" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-125)">wanda&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3070" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-125)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3094.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-126)">weight&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3094.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-126)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3118.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-127)">pruning&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3118.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-127)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="3143.2" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-128)">Pruning&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3143.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-128)">Mini-GPTs&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="3143.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-128)">Efficient&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="3143.2" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-128)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="3143.2" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-128)">mini-gpts&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3143.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-128)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3167.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-129)">inference&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3167.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-129)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3192" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-130)">with&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3192" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-130)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3216.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-131)">reduced&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3216.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-131)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3240.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-132)">compute&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3240.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-132)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="3265.2" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-133)">Pruning&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3265.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-133)">Token&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="3265.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-133)">Skips&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="3265.2" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-133)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="3265.2" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-133)">token-pruning&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3265.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-133)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3289.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-134)">pruning&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="3289.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-134)">decoding&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3289.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-134)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3314" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-135)">of&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3314" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-135)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3338.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-136)">unimporta…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3338.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-136)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3362.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-137)">tokens&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3362.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-137)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="3387.2" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-138)">Pruning&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3387.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-138)">Post-Train…</text><text class="llmengines-999938b7c62d-r1" x="488" y="3387.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-138)">Prunes&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="3387.2" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-138)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="3387.2" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-138)">post-training-pruning&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3387.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-138)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3411.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-139)">Pruning&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="3411.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-139)">weights&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3411.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-139)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3436" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-140)">based&#160;on&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3436" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-140)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3460.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-141)">importance</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3460.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-141)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3484.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-142)">after&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3484.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-142)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3509.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-143)">training&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3509.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-143)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="3533.6" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-144)">Sparsity&#160;Optimization&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3533.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-144)">Structured&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="3533.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-144)">Removes&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="3533.6" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-144)">&#160;&#160;&#160;2</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="3533.6" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-144)">structured-sparsity&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3533.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-144)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3558" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-145)">Sparsity&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="3558" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-145)">weights&#160;in</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3558" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-145)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3582.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-146)">fixed&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3582.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-146)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3606.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-147)">patterns&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3606.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-147)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="3631.2" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-148)">Sparsity&#160;Optimization&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3631.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-148)">Dynamic&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="3631.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-148)">Applies&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="3631.2" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-148)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="3631.2" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-148)">dynamic-sparsity&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3631.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-148)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3655.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-149)">Sparsity&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="3655.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-149)">sparsity&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3655.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-149)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3680" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-150)">dynamical…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3680" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-150)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3704.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-151)">at&#160;runtime</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3704.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-151)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="3728.8" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-152)">Sparsity&#160;Optimization&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3728.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-152)">Kernel-lev…</text><text class="llmengines-999938b7c62d-r1" x="488" y="3728.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-152)">Optimizat…</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="3728.8" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-152)">&#160;&#160;&#160;4</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="3728.8" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-152)">kernel-level-sparsity&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3728.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-152)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3753.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-153)">Sparsity&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="3753.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-153)">at&#160;CUDA&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3753.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-153)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3777.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-154)">kernel&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3777.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-154)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3802" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-155)">level&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3802" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-155)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="3826.4" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-156)">Sparsity&#160;Optimization&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3826.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-156)">Block&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="3826.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-156)">Removes&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="3826.4" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-156)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="3826.4" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-156)">block-sparsity&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3826.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-156)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3850.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-157)">Sparsity&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="3850.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-157)">weights&#160;in</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3850.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-157)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3875.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-158)">block&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3875.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-158)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3899.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-159)">structures</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3899.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-159)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="3924" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-160)">Sparsity&#160;Optimization&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3924" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-160)">N:M&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="3924" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-160)">Maintains&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="3924" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-160)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="3924" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-160)">n-m-sparsity&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3924" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-160)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="3948.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-161)">Sparsity&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="3948.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-161)">sparsity&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3948.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-161)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3972.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-162)">in&#160;fixed&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3972.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-162)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="3997.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-163)">N:M&#160;ratios</text><text class="llmengines-999938b7c62d-r1" x="1220" y="3997.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-163)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="4021.6" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-164)">Sparsity&#160;Optimization&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4021.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-164)">MoE&#160;/&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4021.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-164)">Activates&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="4021.6" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-164)">&#160;&#160;&#160;3</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="4021.6" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-164)">moe-sparse-moe&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4021.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-164)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4046" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-165)">Sparse&#160;MoE&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4046" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-165)">only&#160;a&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4046" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-165)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4070.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-166)">subset&#160;of&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4070.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-166)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4094.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-167)">experts&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4094.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-167)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="4119.2" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-168)">Sparsity&#160;Optimization&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4119.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-168)">Dynamic&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4119.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-168)">Prunes&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="4119.2" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-168)">&#160;&#160;&#160;2</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="4119.2" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-168)">dynamic-token-sparsity&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4119.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-168)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4143.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-169)">Token&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4143.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-169)">tokens&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4143.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-169)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4168" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-170)">Sparsity&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4168" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-170)">based&#160;on&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4168" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-170)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4192.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-171)">dynamic&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4192.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-171)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4216.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-172)">importance</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4216.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-172)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="4241.2" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-173)">Sparsity&#160;Optimization&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4241.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-173)">Contextual&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4241.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-173)">Applies&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="4241.2" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-173)">&#160;&#160;&#160;2</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="4241.2" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-173)">contextual-sparsity&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4241.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-173)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4265.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-174)">Sparsity&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4265.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-174)">sparsity&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4265.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-174)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4290" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-175)">based&#160;on&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4290" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-175)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4314.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-176)">context&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4314.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-176)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="4338.8" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-177)">Fine-Tuning&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4338.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-177)">Full-Param…</text><text class="llmengines-999938b7c62d-r1" x="488" y="4338.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-177)">Updates&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="4338.8" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-177)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="4338.8" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-177)">full-parameter-tuning&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4338.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-177)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4363.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-178)">Tuning&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4363.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-178)">all&#160;model&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4363.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-178)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4387.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-179)">parameters</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4387.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-179)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="4412" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-180)">Fine-Tuning&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4412" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-180)">LoRA&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4412" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-180)">Injects&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="4412" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-180)">&#160;&#160;&#160;2</text><text class="llmengines-999938b7c62d-r1" x="732" y="4412" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-180)">LoRA&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="4412" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-180)">lora&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4412" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-180)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4436.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-181)">low-rank&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4436.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-181)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4460.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-182)">matrices&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4460.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-182)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4485.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-183)">for&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4485.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-183)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4509.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-184)">efficient&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4509.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-184)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4534" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-185)">updates&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4534" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-185)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="4558.4" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-186)">Fine-Tuning&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4558.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-186)">QLoRA&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4558.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-186)">Combines&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="4558.4" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-186)">&#160;&#160;&#160;2</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="4558.4" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-186)">qlora&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4558.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-186)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4582.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-187)">LoRA&#160;with&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4582.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-187)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4607.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-188)">quantized&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4607.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-188)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4631.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-189)">weights&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4631.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-189)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="4656" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-190)">Caching&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4656" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-190)">Prompt&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4656" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-190)">Caches&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="4656" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-190)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="732" y="4656" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-190)">Prompt&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="4656" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-190)">prompt-caching&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4656" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-190)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4680.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-191)">Caching&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4680.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-191)">responses&#160;</text><text class="llmengines-999938b7c62d-r1" x="732" y="4680.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-191)">Caching&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4680.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-191)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4704.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-192)">to&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4704.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-192)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4729.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-193)">identical&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4729.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-193)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4753.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-194)">prompts&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4753.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-194)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="4778" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-195)">Caching&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4778" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-195)">Prefix&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4778" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-195)">Reuses&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="4778" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-195)">&#160;&#160;&#160;2</text><text class="llmengines-999938b7c62d-r1" x="732" y="4778" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-195)">Prefix&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="4778" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-195)">prefix-caching&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4778" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-195)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4802.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-196)">Caching&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4802.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-196)">common&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="732" y="4802.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-196)">Caching&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4802.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-196)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4826.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-197)">prefix&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4826.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-197)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4851.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-198)">computati…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4851.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-198)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="4875.6" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-199)">Caching&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4875.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-199)">KV&#160;Caching&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="4875.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-199)">Stores&#160;KV&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="4875.6" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-199)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="732" y="4875.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-199)">KV&#160;Caching&#160;</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="4875.6" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-199)">kv-caching&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4875.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-199)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4900" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-200)">pairs&#160;for&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4900" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-200)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4924.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-201)">reuse&#160;in&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4924.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-201)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4948.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-202)">decoding&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4948.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-202)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="4973.2" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-203)">Attention&#160;Optimization</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="4973.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-203)">PagedAtten…</text><text class="llmengines-999938b7c62d-r1" x="488" y="4973.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-203)">Partitions</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="4973.2" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-203)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="732" y="4973.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-203)">PagedAtten…</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="4973.2" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-203)">paged-attention&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4973.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-203)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="4997.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-204)">KV&#160;cache&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="4997.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-204)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5022" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-205)">into&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5022" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-205)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5046.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-206)">memory-ef…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5046.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-206)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5070.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-207)">pages&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5070.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-207)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="5095.2" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-208)">Attention&#160;Optimization</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="5095.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-208)">TokenAtten…</text><text class="llmengines-999938b7c62d-r1" x="488" y="5095.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-208)">Selects&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="5095.2" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-208)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="5095.2" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-208)">token-attention&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5095.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-208)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5119.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-209)">tokens&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5119.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-209)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5144" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-210)">dynamical…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5144" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-210)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5168.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-211)">for&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5168.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-211)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5192.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-212)">attention&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5192.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-212)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="5217.2" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-213)">Attention&#160;Optimization</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="5217.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-213)">ChunkedAtt…</text><text class="llmengines-999938b7c62d-r1" x="488" y="5217.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-213)">Divides&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="5217.2" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-213)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="5217.2" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-213)">chunked-attention&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5217.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-213)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5241.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-214)">attention&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5241.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-214)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5266" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-215)">into&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5266" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-215)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5290.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-216)">chunks&#160;for</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5290.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-216)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5314.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-217)">better&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5314.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-217)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5339.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-218)">scheduling</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5339.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-218)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="5363.6" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-219)">Attention&#160;Optimization</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="5363.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-219)">FlashAtten…</text><text class="llmengines-999938b7c62d-r1" x="488" y="5363.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-219)">High-speed</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="5363.6" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-219)">&#160;&#160;&#160;3</text><text class="llmengines-999938b7c62d-r1" x="732" y="5363.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-219)">FlashAtten…</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="5363.6" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-219)">flash-attention&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5363.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-219)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5388" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-220)">kernel&#160;for</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5388" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-220)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5412.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-221)">attention&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5412.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-221)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="5436.8" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-222)">Attention&#160;Optimization</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="5436.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-222)">RadixAtten…</text><text class="llmengines-999938b7c62d-r1" x="488" y="5436.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-222)">Merges&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="5436.8" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-222)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="732" y="5436.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-222)">RadixAtten…</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="5436.8" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-222)">radix-attention&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5436.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-222)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5461.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-223)">tokens&#160;to&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5461.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-223)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5485.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-224)">reuse&#160;KV&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5485.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-224)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5510" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-225)">cache&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5510" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-225)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="5534.4" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-226)">Attention&#160;Optimization</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="5534.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-226)">FlexAttent…</text><text class="llmengines-999938b7c62d-r1" x="488" y="5534.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-226)">Configura…</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="5534.4" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-226)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="732" y="5534.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-226)">FlexAttent…</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="5534.4" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-226)">flex-attention&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5534.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-226)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5558.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-227)">attention&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5558.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-227)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5583.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-228)">via&#160;DSL&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5583.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-228)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="5607.6" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-229)">Attention&#160;Optimization</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="5607.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-229)">FireAttent…</text><text class="llmengines-999938b7c62d-r1" x="488" y="5607.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-229)">Optimized&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="5607.6" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-229)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="732" y="5607.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-229)">FireAttent…</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="5607.6" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-229)">fire-attention&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5607.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-229)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5632" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-230)">for&#160;MQA&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5632" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-230)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5656.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-231)">and&#160;fused&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5656.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-231)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5680.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-232)">heads&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5680.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-232)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="5705.2" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-233)">Sampling&#160;Optimization&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="5705.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-233)">EAGLE&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="5705.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-233)">Multi-tok…</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="5705.2" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-233)">&#160;&#160;&#160;3</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="5705.2" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-233)">eagle&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5705.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-233)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5729.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-234)">speculati…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5729.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-234)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5754" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-235)">decoding&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5754" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-235)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="5778.4" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-236)">Sampling&#160;Optimization&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="5778.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-236)">Medusa&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="5778.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-236)">Tree-based</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="5778.4" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-236)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="5778.4" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-236)">medusa&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5778.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-236)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5802.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-237)">multi-head</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5802.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-237)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5827.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-238)">decoding&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5827.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-238)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="5851.6" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-239)">Sampling&#160;Optimization&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="5851.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-239)">ReDrafter&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="5851.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-239)">Regenerat…</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="5851.6" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-239)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="5851.6" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-239)">redrafter&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5851.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-239)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5876" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-240)">output&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5876" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-240)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5900.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-241)">based&#160;on&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5900.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-241)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5924.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-242)">long-range</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5924.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-242)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5949.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-243)">context&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5949.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-243)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="5973.6" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-244)">Structured&#160;Outputs&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="5973.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-244)">FSM&#160;/&#160;CFG&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="5973.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-244)">Rule-based</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="5973.6" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-244)">&#160;&#160;&#160;3</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="5973.6" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-244)">fsm-cfg&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5973.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-244)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="5998" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-245)">decoding&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="5998" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-245)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="6022.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-246)">constrain…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6022.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-246)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="6046.8" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-247)">Structured&#160;Outputs&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="6046.8" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-247)">Outlines&#160;/&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="6046.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-247)">Token-lev…</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="6046.8" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-247)">&#160;&#160;&#160;2</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="6046.8" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-247)">outlines-xgrammar&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6046.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-247)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="6071.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-248)">XGrammar&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="6071.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-248)">structural</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6071.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-248)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="6095.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-249)">constrain…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6095.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-249)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="6120" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-250)">Structured&#160;Outputs&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="6120" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-250)">LM&#160;Format&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="6120" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-250)">Enforces&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="6120" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-250)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="6120" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-250)">lm-format-enforcer&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6120" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-250)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="6144.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-251)">Enforcer&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="6144.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-251)">output&#160;to&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6144.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-251)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="6168.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-252)">follow&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6168.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-252)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="6193.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-253)">JSON&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6193.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-253)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="6217.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-254)">schemas&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6217.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-254)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="6242" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-255)">Structured&#160;Outputs&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="6242" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-255)">llguidance&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="6242" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-255)">Lightweig…</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="6242" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-255)">&#160;&#160;&#160;2</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="6242" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-255)">llguidance-gbnf&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6242" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-255)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="6266.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-256)">/&#160;GBNF&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="6266.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-256)">grammar-b…</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6266.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-256)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="6290.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-257)">decoding&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6290.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-257)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="6315.2" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-258)">Structured&#160;Outputs&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="6315.2" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-258)">OpenAI&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="6315.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-258)">API-suppo…</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="6315.2" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-258)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="6315.2" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-258)">openai-structured-outputs</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6315.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-258)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="6339.6" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-259)">Structured&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="6339.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-259)">structured</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6339.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-259)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="6364" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-260)">Outputs&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="6364" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-260)">outputs&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6364" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-260)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="6388.4" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-261)">Structured&#160;Outputs&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="6388.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-261)">JSONSchema…</text><text class="llmengines-999938b7c62d-r1" x="488" y="6388.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-261)">Benchmark&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="6388.4" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-261)">&#160;&#160;&#160;1</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="6388.4" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-261)">jsonschemabench&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6388.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-261)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="6412.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-262)">for&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6412.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-262)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="6437.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-263)">structured</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6437.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-263)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="6461.6" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-264)">decoding&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6461.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-264)">
</text><text class="llmengines-999938b7c62d-r1" x="12.2" y="6486" textLength="268.4" clip-path="url(#llmengines-999938b7c62d-line-265)">Structured&#160;Outputs&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="6486" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-265)">StructTest&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="6486" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-265)">Tools&#160;for&#160;</text><text class="llmengines-999938b7c62d-r1" x="646.6" y="6486" textLength="48.8" clip-path="url(#llmengines-999938b7c62d-line-265)">&#160;&#160;&#160;2</text><text class="llmengines-999938b7c62d-r1" x="902.8" y="6486" textLength="305" clip-path="url(#llmengines-999938b7c62d-line-265)">structtest-soeval&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6486" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-265)">
</text><text class="llmengines-999938b7c62d-r1" x="317.2" y="6510.4" textLength="134.2" clip-path="url(#llmengines-999938b7c62d-line-266)">/&#160;SoEval&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="488" y="6510.4" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-266)">structured</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6510.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-266)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="6534.8" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-267)">output&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6534.8" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-267)">
</text><text class="llmengines-999938b7c62d-r1" x="488" y="6559.2" textLength="122" clip-path="url(#llmengines-999938b7c62d-line-268)">validation</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6559.2" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-268)">
</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6583.6" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-269)">
</text><text class="llmengines-999938b7c62d-r3" x="0" y="6608" textLength="1220" clip-path="url(#llmengines-999938b7c62d-line-270)">55&#160;of&#160;55&#160;taxonomy&#160;entries&#160;·&#160;&#x27;llmengines&#160;technique&#160;NAME&#x27;&#160;for&#160;papers&#160;and&#160;engines&#160;·&#160;source:&#160;the&#160;survey&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6608" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-270)">
</text><text class="llmengines-999938b7c62d-r3" x="0" y="6632.4" textLength="1220" clip-path="url(#llmengines-999938b7c62d-line-271)">list&#x27;s&#160;Optimization&#160;Techniques&#160;tables&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-999938b7c62d-r1" x="1220" y="6632.4" textLength="12.2" clip-path="url(#llmengines-999938b7c62d-line-271)">
</text>
    </g>
    </g>
</svg>
