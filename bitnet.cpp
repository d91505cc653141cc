<svg class="rich-terminal" viewBox="0 0 1238 782.0" xmlns="http://www.w3.org/2000/svg">
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

    .llmengines-ac3cb88472f2-matrix {
        font-family: Fira Code, monospace;
        font-size: 20px;
        line-height: 24.4px;
        font-variant-east-asian: full-width;
    }

    .llmengines-ac3cb88472f2-title {
        font-size: 18px;
        font-weight: bold;
        font-family: arial;
    }

    .llmengines-ac3cb88472f2-r1 { fill: #c5c8c6 }
.llmengines-ac3cb88472f2-r2 { fill: #c5c8c6;font-weight: bold }
.llmengines-ac3cb88472f2-r3 { fill: #868887;font-style: italic; }
    </style>

    <defs>
    <clipPath id="llmengines-ac3cb88472f2-clip-terminal">
      <rect x="0" y="0" width="1219.0" height="731.0" />
    </clipPath>
    <clipPath id="llmengines-ac3cb88472f2-line-0">
    <rect x="0" y="1.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-1">
    <rect x="0" y="25.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-2">
    <rect x="0" y="50.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-3">
    <rect x="0" y="74.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-4">
    <rect x="0" y="99.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-5">
    <rect x="0" y="123.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-6">
    <rect x="0" y="147.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-7">
    <rect x="0" y="172.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-8">
    <rect x="0" y="196.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-9">
    <rect x="0" y="221.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-10">
    <rect x="0" y="245.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-11">
    <rect x="0" y="269.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-12">
    <rect x="0" y="294.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-13">
    <rect x="0" y="318.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-14">
    <rect x="0" y="343.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-15">
    <rect x="0" y="367.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-16">
    <rect x="0" y="391.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-17">
    <rect x="0" y="416.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-18">
    <rect x="0" y="440.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-19">
    <rect x="0" y="465.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-20">
    <rect x="0" y="489.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-21">
    <rect x="0" y="513.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-22">
    <rect x="0" y="538.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-23">
    <rect x="0" y="562.7" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-24">
    <rect x="0" y="587.1" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-25">
    <rect x="0" y="611.5" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-26">
    <rect x="0" y="635.9" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-27">
    <rect x="0" y="660.3" width="1220" height="24.65"/>
            </clipPath>
<clipPath id="llmengines-ac3cb88472f2-line-28">
    <rect x="0" y="684.7" width="1220" height="24.65"/>
            </clipPath>
    </defs>

    <rect fill="#292929" stroke="rgba(255,255,255,0.35)" stroke-width="1" x="1" y="1" width="1236" height="780" rx="8"/><text class="llmengines-ac3cb88472f2-title" fill="#c5c8c6" text-anchor="middle" x="618" y="27">llmengines</text>
            <g transform="translate(26,22)">
            <circle cx="0" cy="0" r="7" fill="#ff5f57"/>
            <circle cx="22" cy="0" r="7" fill="#febc2e"/>
            <circle cx="44" cy="0" r="7" fill="#28c840"/>
            </g>
        
    <g transform="translate(9, 41)" clip-path="url(#llmengines-ac3cb88472f2-clip-terminal)">
    
    <g class="llmengines-ac3cb88472f2-matrix">
    <text class="llmengines-ac3cb88472f2-r1" x="1220" y="20" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-0)">
</text><text class="llmengines-ac3cb88472f2-r2" x="12.2" y="44.4" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-1)">Engine&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r2" x="268.4" y="44.4" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-1)">Id&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r2" x="524.6" y="44.4" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-1)">Open&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r2" x="646.6" y="44.4" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-1)">Stars</text><text class="llmengines-ac3cb88472f2-r2" x="744.2" y="44.4" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-1)">Scale&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="44.4" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-1)">
</text><text class="llmengines-ac3cb88472f2-r1" x="0" y="68.8" textLength="890.6" clip-path="url(#llmengines-ac3cb88472f2-line-2)">&#160;───────────────────────────────────────────────────────────────────────&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="68.8" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-2)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="93.2" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-3)">Ollama&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="93.2" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-3)">ollama&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="93.2" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-3)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="93.2" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-3)">&#160;136K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="93.2" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-3)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="93.2" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-3)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="117.6" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-4)">llama.cpp&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="117.6" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-4)">llama-cpp&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="117.6" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-4)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="117.6" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-4)">77.6K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="117.6" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-4)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="117.6" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-4)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="142" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-5)">vLLM&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="142" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-5)">vllm&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="142" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-5)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="142" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-5)">43.4K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="142" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-5)">multi-node&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="142" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-5)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="166.4" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-6)">DeepSpeed-FastGen&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="166.4" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-6)">deepspeed-fastgen&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="166.4" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-6)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="166.4" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-6)">37.7K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="166.4" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-6)">multi-node&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="166.4" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-6)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="190.8" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-7)">Unsloth&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="190.8" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-7)">unsloth&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="190.8" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-7)">partial</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="190.8" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-7)">36.5K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="190.8" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-7)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="190.8" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-7)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="215.2" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-8)">MAX&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="215.2" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-8)">max&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="215.2" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-8)">partial</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="215.2" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-8)">23.8K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="215.2" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-8)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="215.2" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-8)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="239.6" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-9)">MLC&#160;LLM&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="239.6" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-9)">mlc-llm&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="239.6" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-9)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="239.6" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-9)">20.3K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="239.6" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-9)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="239.6" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-9)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="264" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-10)">llama2.c&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="264" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-10)">llama2-c&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="264" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-10)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="264" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-10)">18.3K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="264" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-10)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="264" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-10)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="288.4" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-11)">bitnet.cpp&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="288.4" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-11)">bitnet-cpp&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="288.4" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-11)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="288.4" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-11)">13.6K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="288.4" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-11)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="288.4" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-11)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="312.8" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-12)">SGLang&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="312.8" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-12)">sglang&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="312.8" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-12)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="312.8" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-12)">12.8K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="312.8" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-12)">multi-node&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="312.8" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-12)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="337.2" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-13)">LitGPT&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="337.2" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-13)">litgpt&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="337.2" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-13)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="337.2" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-13)">12.0K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="337.2" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-13)">multi-node&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="337.2" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-13)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="361.6" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-14)">OpenLLM&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="361.6" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-14)">openllm&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="361.6" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-14)">partial</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="361.6" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-14)">11.1K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="361.6" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-14)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="361.6" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-14)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="386" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-15)">TensorRT-LLM&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="386" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-15)">tensorrt-llm&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="386" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-15)">partial</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="386" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-15)">10.1K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="386" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-15)">multi-node&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="386" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-15)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="410.4" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-16)">TGI&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="410.4" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-16)">tgi&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="410.4" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-16)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="410.4" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-16)">10.0K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="410.4" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-16)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="410.4" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-16)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="434.8" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-17)">PowerInfer&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="434.8" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-17)">powerinfer&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="434.8" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-17)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="434.8" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-17)">&#160;8.2K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="434.8" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-17)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="434.8" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-17)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="459.2" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-18)">LMDeploy&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="459.2" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-18)">lmdeploy&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="459.2" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-18)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="459.2" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-18)">&#160;6.0K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="459.2" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-18)">multi-node&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="459.2" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-18)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="483.6" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-19)">LightLLM&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="483.6" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-19)">lightllm&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="483.6" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-19)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="483.6" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-19)">&#160;3.1K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="483.6" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-19)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="483.6" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-19)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="508" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-20)">NanoFlow&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="508" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-20)">nanoflow&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="508" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-20)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="508" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-20)">&#160;0.7K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="508" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-20)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="508" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-20)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="532.4" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-21)">DistServe&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="532.4" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-21)">distserve&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="532.4" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-21)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="532.4" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-21)">&#160;0.5K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="532.4" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-21)">multi-node&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="532.4" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-21)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="556.8" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-22)">vAttention&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="556.8" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-22)">vattention&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="556.8" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-22)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="556.8" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-22)">&#160;0.3K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="556.8" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-22)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="556.8" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-22)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="581.2" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-23)">Sarathi-Serve&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="581.2" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-23)">sarathi-serve&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="581.2" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-23)">yes&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="581.2" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-23)">&#160;0.3K</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="581.2" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-23)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="581.2" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-23)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="605.6" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-24)">Friendli&#160;Inference</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="605.6" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-24)">friendli-inference</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="605.6" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-24)">no&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="605.6" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-24)">&#160;&#160;&#160;&#160;—</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="605.6" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-24)">single-node</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="605.6" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-24)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="630" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-25)">Fireworks&#160;AI&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="630" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-25)">fireworks-ai&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="630" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-25)">no&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="630" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-25)">&#160;&#160;&#160;&#160;—</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="630" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-25)">multi-node&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="630" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-25)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="654.4" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-26)">GroqCloud&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="654.4" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-26)">groqcloud&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="654.4" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-26)">no&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="654.4" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-26)">&#160;&#160;&#160;&#160;—</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="654.4" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-26)">multi-node&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="654.4" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-26)">
</text><text class="llmengines-ac3cb88472f2-r1" x="12.2" y="678.8" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-27)">Together&#160;Inference</text><text class="llmengines-ac3cb88472f2-r1" x="268.4" y="678.8" textLength="219.6" clip-path="url(#llmengines-ac3cb88472f2-line-27)">together-inference</text><text class="llmengines-ac3cb88472f2-r1" x="524.6" y="678.8" textLength="85.4" clip-path="url(#llmengines-ac3cb88472f2-line-27)">no&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="646.6" y="678.8" textLength="61" clip-path="url(#llmengines-ac3cb88472f2-line-27)">&#160;&#160;&#160;&#160;—</text><text class="llmengines-ac3cb88472f2-r1" x="744.2" y="678.8" textLength="134.2" clip-path="url(#llmengines-ac3cb88472f2-line-27)">multi-node&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="678.8" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-27)">
</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="703.2" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-28)">
</text><text class="llmengines-ac3cb88472f2-r3" x="0" y="727.6" textLength="890.6" clip-path="url(#llmengines-ac3cb88472f2-line-29)">25&#160;of&#160;25&#160;engines&#160;·&#160;no&#160;filters&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;</text><text class="llmengines-ac3cb88472f2-r1" x="1220" y="727.6" textLength="12.2" clip-path="url(#llmengines-ac3cb88472f2-line-29)">
</text>
    </g>
    </g>
</svg>
