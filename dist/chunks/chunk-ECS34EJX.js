import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  commandEnvNames,
  couldNotRun
} from "./chunk-EYP3A2UM.js";
import {
  SigningKeyError,
  base64ToText,
  canonicalJson,
  createEd25519Signer,
  formatSeconds,
  generateSigningKey,
  renderReportFile,
  renderReportTable,
  reportSchemaVersion,
  runScopeGate,
  signingPayload,
  statusMarks,
  textToBase64
} from "./chunk-RMU52COZ.js";
import {
  applySpans,
  createSecretDetector,
  defaultShellFor,
  minSecretLength,
  repoRoot,
  withRepoOption
} from "./chunk-BBQ6MHDA.js";
import {
  createJudgedRunner,
  inPlaceBox,
  isolationRefusal,
  openWorkCopy,
  reportIsolation,
  withWorkCopy
} from "./chunk-K6CQJVOK.js";
import {
  createFileAtomic,
  createNodeRepoFiles,
  writeFileAtomic
} from "./chunk-YCZYYL3Z.js";
import {
  createGitCli
} from "./chunk-TPTFAET5.js";
import {
  ExitCode,
  UsageError
} from "./chunk-VIYXCJ24.js";
import {
  buildEnvironment,
  checkGlobInsideRepo,
  checkPolicyFile,
  checkWorkOrderFile,
  didYouMean,
  formatFieldPath,
  formatFinding,
  isCredentialName,
  isolationPolicy,
  matchAnyGlob,
  matchGlob,
  policyPath,
  policySchema,
  prepareGlob,
  validateYaml,
  workOrderSchema
} from "./chunk-6UYLTFXC.js";
import {
  parseDuration
} from "./chunk-GBB54T6E.js";
import {
  __commonJS,
  __toESM
} from "./chunk-T3OL5SPP.js";

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants2 = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants2.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants2 = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants2.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants2.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/workflows/verify/verify-types.ts
var VerifyInputError = class extends Error {
  constructor(problems) {
    super(problems.join("\n"));
    this.problems = problems;
  }
  problems;
  name = "VerifyInputError";
};

// src/workflows/verify/verify-change.ts
import { createHash as createHash3 } from "node:crypto";

// src/core/gates/plan-gates.ts
var defaultGateTimeoutMs = 10 * 6e4;
function planGates(input) {
  const { policy, workOrder } = input;
  const omitted = [];
  const specs = [];
  policy.gates.forEach((gate, index) => {
    if (gate.platforms && !gate.platforms.includes(input.platform)) {
      omitted.push({ id: gate.id, reason: `runs on ${gate.platforms.join(", ")} only, this is ${input.platform}` });
      return;
    }
    specs.push(policyGateSpec(gate, index, input));
  });
  (workOrder?.acceptance.commands ?? []).forEach((command2, index) => {
    specs.push({
      id: `acceptance:${command2.name}`,
      kind: "acceptance",
      required: true,
      needs: [],
      after: [],
      run: command2.run,
      timeoutMs: (command2.timeout ? input.parseDuration(command2.timeout) : void 0) ?? defaultGateTimeoutMs,
      retries: 0,
      env: commandEnvNames(policy.env, command2.env),
      cache: [],
      origin: { file: input.workOrderFile ?? "workorders", path: ["acceptance", "commands", index, "run"] }
    });
  });
  const escapes = specs.flatMap((spec) => ["workingDirectory", "golden"].flatMap((field) => {
    const value = spec[field];
    const problem = value === void 0 ? void 0 : checkGlobInsideRepo(value);
    return problem ? [`gate "${spec.id}" ${field}: ${problem}`] : [];
  }));
  if (escapes.length > 0) return { ok: false, errors: escapes };
  const declared = new Set(specs.map((spec) => spec.id));
  const builtin = (id, after = []) => ({
    id,
    kind: "security",
    required: true,
    needs: [],
    after,
    builtin: id,
    timeoutMs: defaultGateTimeoutMs,
    retries: 0,
    env: [],
    cache: []
  });
  const builtins = [];
  if (workOrder && !declared.has("scope")) builtins.push(builtin("scope"));
  if (!declared.has("dependencies")) builtins.push(builtin("dependencies"));
  if (workOrder && (workOrder.kind === "bugfix" || workOrder.kind === "revert") && !declared.has("test-first")) builtins.push({ ...builtin("test-first"), kind: "unit" });
  if (!declared.has("secrets")) builtins.push(builtin("secrets", specs.map((spec) => spec.id)));
  const all = [...specs, ...builtins];
  if (!input.only) return { ok: true, value: { specs: all, omitted } };
  return selectGates(all, input.only, omitted);
}
function policyGateSpec(gate, index, input) {
  return {
    id: gate.id,
    kind: gate.kind,
    required: gate.required,
    needs: gate.needs ?? [],
    after: [],
    run: gate.run,
    ...gate.shell ? { shell: gate.shell } : {},
    timeoutMs: (gate.timeout ? input.parseDuration(gate.timeout) : void 0) ?? defaultGateTimeoutMs,
    retries: gate.retries ?? 0,
    env: commandEnvNames(input.policy.env, gate.env),
    cache: gate.cache ?? [],
    ...gate.workingDirectory ? { workingDirectory: gate.workingDirectory } : {},
    ...gate.golden ? { golden: gate.golden } : {},
    origin: { file: input.policyFile, path: ["gates", index, "run"] }
  };
}
function selectGates(all, only, omitted) {
  const byId = new Map(all.map((spec) => [spec.id, spec]));
  const errors = only.filter((id) => !byId.has(id)).map((id) => {
    const suggestion = didYouMean(id, [...byId.keys()]);
    return `--gates names "${id}", which is not a gate here${suggestion ? `; did you mean "${suggestion}"?` : `; known gates: ${[...byId.keys()].join(", ")}`}`;
  });
  if (errors.length > 0) return { ok: false, errors };
  const keep = /* @__PURE__ */ new Set();
  const visit = (id) => {
    if (keep.has(id)) return;
    keep.add(id);
    for (const need of byId.get(id)?.needs ?? []) visit(need);
  };
  only.forEach(visit);
  for (const spec of all) if (!keep.has(spec.id)) omitted.push({ id: spec.id, reason: "not selected by --gates" });
  const specs = all.filter((spec) => keep.has(spec.id)).map((spec) => ({ ...spec, after: spec.after.filter((id) => keep.has(id)) }));
  return { ok: true, value: { specs, omitted } };
}

// src/core/report/decide-verdict.ts
function decideVerdict(gates, policy, selected) {
  const reasons = [];
  const byId = new Map(gates.map((gate) => [gate.id, gate]));
  const named = policy.requiredGates ? [...policy.requiredGates] : gates.filter((gate) => gate.required).map((gate) => gate.id);
  const required = [];
  for (const id of named) {
    const members = byId.has(id) ? void 0 : policy.groups?.[id];
    if (members === void 0) required.push(id);
    else if (members.length > 0) required.push(...members);
    else if (!selected) reasons.push(`required gate "${id}" has nothing to check: no gate declares it (e.g. a gate with a golden file)`);
  }
  for (const id of [...new Set(required)]) {
    const gate = byId.get(id);
    if (!gate) {
      if (!selected) reasons.push(`required gate "${id}" did not run`);
      continue;
    }
    if (gate.status === "pass" || gate.status === "cached") continue;
    if (gate.status === "flaky") {
      if (!policy.allowFlaky) reasons.push(`required gate "${id}" is flaky (${gate.reason ?? "failed, then passed"}) and the policy does not allow flaky gates (merge.allowFlaky)`);
      continue;
    }
    reasons.push(`required gate "${id}" ${gate.status === "skipped" ? "was skipped" : `ended ${gate.status}`}${gate.reason ? `: ${gate.reason}` : ""}`);
  }
  return { passed: reasons.length === 0, reasons, complete: !selected };
}

// src/core/gates/command-head.ts
function commandHead(script) {
  const first = script.trim().split(/\s+/)[0] ?? "";
  if (first === "" || /[=$`'"(){}[\]<>|&;*?!~]/.test(first) || shellBuiltins.has(first)) return void 0;
  return first;
}
var shellBuiltins = /* @__PURE__ */ new Set(["cd", "echo", "exit", "export", "set", "test", "true", "false", "if", "for", "while", "case", "exec", "eval", "source", ".", "sleep", "printf", "read", "call", "Write-Output", "Write-Host", "Set-Location", "type", "command", "trap", "ulimit", "umask", "unset", "time", "env"]);
var testFilePatterns = [/(^|\/)(test|tests|__tests__|spec)\//, /\.(test|spec)\.[cm]?[jt]sx?$/, /(^|\/)test_[^/]*\.py$/, /_test\.(py|go|rs)$/];
function isTestFile(path) {
  return testFilePatterns.some((pattern) => pattern.test(path));
}

// src/workflows/verify/check-gate-commands.ts
async function findMissingCommands(specs, workDir, locator, sourceEnv, platform) {
  const missing = [];
  for (const spec of specs) {
    const program = spec.run ? commandHead(spec.run) : void 0;
    if (!program) continue;
    const { env } = buildEnvironment(sourceEnv, { allow: spec.env, platform });
    const cwd = spec.workingDirectory ? `${workDir}/${spec.workingDirectory}` : workDir;
    if (!await locator.exists(program, cwd, env)) missing.push({ gate: spec, program });
  }
  return missing;
}

// src/workflows/verify/report-missing-commands.ts
async function checkGateCommandsOrThrow(specs, workDir, options) {
  const missing = await findMissingCommands(specs, workDir, options.locator, options.sourceEnv, options.runner.platform);
  if (missing.length === 0) return;
  const locators = new Map([
    [options.policyFile, validateYaml(options.policyText, options.policyFile, policySchema).locator],
    ...options.workOrder ? [[options.workOrder.file, validateYaml(options.workOrder.text, options.workOrder.file, workOrderSchema).locator]] : []
  ]);
  throw new VerifyInputError(missing.map(({ gate, program }) => {
    const origin = gate.origin;
    const at = origin ? locators.get(origin.file)?.valueAt(origin.path) : void 0;
    const where = origin ? `${origin.file}${at ? `:${at.line}:${at.column}` : ""} ${formatFieldPath(origin.path)}: ` : "";
    return `${where}gate "${gate.id}" runs "${program}", which is not installed or not on PATH; install it, fix the command, or list the variable it needs in the gate's env`;
  }));
}

// src/core/gates/dependencies/check-npm-lockfile.ts
function parseNpmLockfile(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return void 0;
  }
  return Object.entries(data.packages ?? {}).filter(([path]) => path !== "").map(([path, entry]) => ({
    path,
    name: typeof entry.name === "string" ? entry.name : path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length),
    ...typeof entry.version === "string" ? { version: entry.version } : {},
    ...typeof entry.resolved === "string" ? { resolved: entry.resolved } : {},
    ...typeof entry.integrity === "string" ? { integrity: entry.integrity } : {},
    ...entry.hasInstallScript === true ? { hasInstallScript: true } : {}
  }));
}
function checkNpmLockfile(file, base, head, allowedHosts) {
  const problems = [];
  const before = new Map(base.map((p) => [p.path, p]));
  const at = (message, level = "error") => ({ path: file, line: 1, level, title: "lockfile", message });
  for (const pkg of head) {
    const old = before.get(pkg.path);
    const label = `${pkg.name}@${pkg.version ?? "?"}`;
    if (old && old.version === pkg.version) {
      if (old.resolved !== pkg.resolved) problems.push(at(`${label}: "resolved" changed from ${old.resolved ?? "(none)"} to ${pkg.resolved ?? "(none)"} without a version change; restore it (lockfile injection)`));
      if (old.integrity !== pkg.integrity) problems.push(at(`${label}: "integrity" changed without a version change; restore it and reinstall from the registry`));
    }
    if (pkg.resolved && !pkg.resolved.startsWith("file:") && (!old || old.resolved !== pkg.resolved)) {
      let url;
      try {
        url = new URL(pkg.resolved);
      } catch {
        url = void 0;
      }
      if (!url || url.protocol !== "https:") problems.push(at(`${label}: "resolved" ${pkg.resolved} is not an https URL`));
      else if (!allowedHosts.includes(url.hostname)) problems.push(at(`${label}: resolved from ${url.hostname}, not an allowed registry (${allowedHosts.join(", ")}); add the host to dependencies.registries if it is trusted`));
    }
    if (pkg.hasInstallScript && (!old || old.version !== pkg.version)) problems.push(at(`${label} runs an install script; install with --ignore-scripts or review it`, "warning"));
  }
  return problems;
}

// src/core/gates/dependencies/judge-dependency.ts
function judgeDependency(dependency, allow, cooldownMs, publish, now) {
  const label = `${dependency.ecosystem} ${dependency.name}@${dependency.version}`;
  if (!allow.some((glob) => matchGlob(glob, dependency.name))) {
    return { level: "error", gateError: false, message: `${label} is not on the dependency allowlist; add "${dependency.name}" to dependencies.allow in the policy if it is wanted` };
  }
  switch (publish.kind) {
    case "unreachable":
      return { level: "error", gateError: true, message: `${label}: the registry could not be reached (${publish.reason}); the cooldown is unproven, rerun when it is reachable` };
    case "not-found":
      return { level: "error", gateError: false, message: `${label}: the registry has no such version; check the name for a typo (typosquatting) and the version` };
    case "unresolved":
      return { level: "error", gateError: true, message: `${label}: the installed version is unknown, so the cooldown is unproven: ${publish.reason}` };
    case "published": {
      const age = now - publish.at;
      if (age < cooldownMs) return { level: "error", gateError: false, message: `${label} was published ${Math.floor(age / 864e5)} day(s) ago, inside the ${Math.round(cooldownMs / 864e5)}-day cooldown; wait or pin an older version` };
      return { level: "ok", gateError: false, message: `${label} is allowlisted and ${Math.floor(age / 864e5)} days old` };
    }
  }
}

// src/core/gates/dependencies/newest-admitted.ts
var import_semver = __toESM(require_semver2(), 1);

// src/core/gates/dependencies/pep440.ts
var versionPattern = /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d*))?(?:(?:-(\d+))|(?:[-_.]?(?:post|rev|r)[-_.]?(\d*)))?(?:[-_.]?dev[-_.]?(\d*))?(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?$/i;
var preRank = { a: 0, alpha: 0, b: 1, beta: 1, c: 2, rc: 2, pre: 2, preview: 2 };
function parsePep440(text) {
  const m = versionPattern.exec(text.trim());
  if (!m) return void 0;
  const number = (value) => value ? Number(value) : 0;
  return {
    epoch: number(m[1]),
    release: m[2].split(".").map(Number),
    ...m[3] ? { pre: [preRank[m[3].toLowerCase()], number(m[4])] } : {},
    ...m[5] !== void 0 || m[6] !== void 0 ? { post: number(m[5] ?? m[6]) } : {},
    ...m[7] !== void 0 ? { dev: number(m[7]) } : {}
  };
}
var isPreRelease = (v) => v.pre !== void 0 || v.dev !== void 0;
function compareRelease(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function comparePep440(a, b) {
  const preKey = (v) => v.pre ? v.pre[0] * 1e9 + v.pre[1] : v.dev !== void 0 && v.post === void 0 ? -1 : Infinity;
  const postKey = (v) => v.post ?? -1;
  const devKey = (v) => v.dev ?? Infinity;
  return a.epoch - b.epoch || compareRelease(a.release, b.release) || Math.sign(preKey(a) - preKey(b)) || postKey(a) - postKey(b) || Math.sign(devKey(a) - devKey(b)) || 0;
}
function parseClause(text) {
  const m = /^(~=|===|==|!=|<=|>=|<|>)\s*(\S+)$/.exec(text.trim());
  if (!m) return void 0;
  const [, op, raw] = m;
  if (op === "===") {
    const named = parsePep440(raw);
    return { admits: (release) => release.text.toLowerCase() === raw.toLowerCase(), namesPre: named !== void 0 && isPreRelease(named) };
  }
  const clause = parseVersionClause(op, raw);
  return clause && { admits: (release) => release.version !== void 0 && clause.test(release.version), namesPre: clause.namesPre };
}
function parseVersionClause(op, raw) {
  if ((op === "==" || op === "!=") && raw.endsWith(".*")) {
    const prefix = parsePep440(raw.slice(0, -2));
    if (!prefix) return void 0;
    const matches = (v) => v.epoch === prefix.epoch && prefix.release.every((n, i) => (v.release[i] ?? 0) === n);
    return { test: op === "==" ? matches : (v) => !matches(v), namesPre: false };
  }
  const bound = parsePep440(raw);
  if (!bound) return void 0;
  const namesPre = isPreRelease(bound);
  const cmp = (v) => comparePep440(v, bound);
  switch (op) {
    case "==":
      return { test: (v) => cmp(v) === 0, namesPre };
    case "!=":
      return { test: (v) => cmp(v) !== 0, namesPre };
    case "<=":
      return { test: (v) => cmp(v) <= 0, namesPre };
    case ">=":
      return { test: (v) => cmp(v) >= 0, namesPre };
    case "<":
      return { test: (v) => cmp(v) < 0 && !(v.release.length > 0 && isPreRelease(v) && !namesPre && compareRelease(v.release, bound.release) === 0), namesPre };
    case ">":
      return { test: (v) => cmp(v) > 0 && !(v.post !== void 0 && bound.post === void 0 && compareRelease(v.release, bound.release) === 0), namesPre };
    case "~=": {
      if (bound.release.length < 2) return void 0;
      const upper = [...bound.release.slice(0, -2), bound.release.at(-2) + 1];
      return { test: (v) => cmp(v) >= 0 && compareRelease(v.release, upper) < 0, namesPre };
    }
  }
  return void 0;
}
function admittedPep440(specifier, versions) {
  const text = specifier.trim();
  const clauses = text === "*" || text === "" ? [] : text.split(",").map(parseClause);
  if (clauses.some((c) => c === void 0)) return void 0;
  const listed = versions.map((version) => ({ text: version, version: parsePep440(version) }));
  const matching = listed.filter((release) => clauses.length ? clauses.every((c) => c.admits(release)) : release.version !== void 0);
  const isPre = (release) => release.version !== void 0 && isPreRelease(release.version);
  const allowPre = clauses.some((c) => c.namesPre) || matching.every(isPre);
  return matching.filter((release) => allowPre || !isPre(release)).map((release) => release.text);
}

// src/core/gates/dependencies/newest-admitted.ts
function cargoToNodeRange(requirement) {
  return requirement.split(",").map((part) => part.trim()).map((part) => /^\d/.test(part) ? `^${part}` : part.replace(/^=\s*/, "")).join(" ");
}
function newestAdmitted(dependency, releases) {
  const live = releases.filter((r) => !r.yanked);
  const written = dependency.version.trim();
  if (dependency.ecosystem === "pypi") {
    const admitted = admittedPep440(written, live.map((r) => r.version));
    if (!admitted) return { kind: "unreadable", reason: `"${written}" is not a PEP 440 version specifier` };
    const newest2 = admitted.sort((a, b) => {
      const [older, newer] = [parsePep440(a), parsePep440(b)];
      return older && newer ? comparePep440(newer, older) : 0;
    })[0];
    return newest2 === void 0 ? { kind: "none" } : { kind: "found", release: live.find((r) => r.version === newest2) };
  }
  const range = dependency.ecosystem === "cargo" ? cargoToNodeRange(written) : written;
  if (import_semver.default.validRange(range) === null) return { kind: "unreadable", reason: `"${written}" is not a ${dependency.ecosystem === "cargo" ? "Cargo version requirement" : "semver range"}` };
  const newest = import_semver.default.maxSatisfying(live.map((r) => r.version).filter((v) => import_semver.default.valid(v) !== null), range);
  return newest === null ? { kind: "none" } : { kind: "found", release: live.find((r) => r.version === newest) };
}

// src/core/gates/dependencies/parse-manifests.ts
var npmSections = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
function parsePackageJson(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  return npmSections.flatMap((section) => Object.entries(data?.[section] ?? {}).map(([name, version]) => ({ ecosystem: "npm", name, version: String(version), file })));
}
function parseCargoToml(text, file) {
  const found = [];
  let inDependencies = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    const table = /^\[(.+)\]$/.exec(line);
    if (table) {
      inDependencies = /(^|\.)(dev-|build-)?dependencies$/.test(table[1].trim());
      continue;
    }
    if (!inDependencies) continue;
    const entry = /^([A-Za-z0-9_-]+)\s*=\s*(?:"([^"]*)"|\{(.*)\})/.exec(line);
    if (!entry) continue;
    const inline = entry[3] ?? "";
    const version = entry[2] ?? /version\s*=\s*"([^"]*)"/.exec(inline)?.[1] ?? /(git|path)\s*=\s*"([^"]*)"|workspace\s*=\s*true/.exec(inline)?.[0] ?? "*";
    found.push({ ecosystem: "cargo", name: entry[1], version, file });
  }
  return found;
}
function parseRequirements(text, file) {
  return text.split(/\r?\n/).flatMap((raw) => {
    const line = raw.replace(/\s+#.*$/, "").trim();
    if (line === "" || line.startsWith("#") || line.startsWith("-")) return [];
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*(.*)$/.exec(line);
    return match ? [{ ecosystem: "pypi", name: match[1].toLowerCase().replace(/[._]+/g, "-"), version: match[2].replace(/;.*$/, "").trim() || "*", file }] : [];
  });
}
function manifestParser(path) {
  const name = path.split("/").pop() ?? "";
  if (name === "package.json") return parsePackageJson;
  if (name === "Cargo.toml") return parseCargoToml;
  if (/^requirements.*\.txt$/.test(name)) return parseRequirements;
  return void 0;
}
function changedDependencies(before, after) {
  const old = new Map(before.map((d) => [`${d.ecosystem}:${d.name}`, d.version]));
  return after.filter((d) => old.get(`${d.ecosystem}:${d.name}`) !== d.version).map((dependency) => {
    const previous = old.get(`${dependency.ecosystem}:${dependency.name}`);
    return previous === void 0 ? { dependency } : { dependency, previous };
  });
}

// src/core/gates/dependencies/pinned-version.ts
var semver2 = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
var pep440 = /^(?:\d+!)?\d+(?:\.\d+)*(?:[._-]?(?:a|b|rc|alpha|beta|c|pre|preview)[._-]?\d*)?(?:[._-]?(?:post|rev|r)[._-]?\d*)?(?:[._-]?dev[._-]?\d*)?(?:\+[a-z0-9.]+)?$/i;
function pinnedVersion(dependency, locked) {
  const written = dependency.version.trim();
  if (dependency.ecosystem === "cargo" && /^(path\s*=|workspace\s*=\s*true)/.test(written)) return { kind: "local" };
  if (dependency.ecosystem === "npm" && /^(file|link|workspace|portal):/.test(written)) return { kind: "local" };
  if (dependency.ecosystem === "cargo" && /^git\s*=/.test(written)) return { kind: "unpinned", reason: `it comes from git (${written}), not crates.io, so its age cannot be proven; depend on a published version` };
  if (locked) return { kind: "exact", version: locked };
  switch (dependency.ecosystem) {
    case "npm": {
      const version = /^=?\s*v?(.+)$/.exec(written)?.[1] ?? "";
      return semver2.test(version) ? { kind: "exact", version } : { kind: "unpinned", range: true, reason: `"${written}" is a range and no package-lock.json entry resolves it; pin an exact version, commit the lockfile, or (for a library) set dependencies.ranges: newest in the policy` };
    }
    case "cargo": {
      const version = /^=\s*(.+)$/.exec(written)?.[1]?.trim() ?? "";
      return semver2.test(version) ? { kind: "exact", version } : { kind: "unpinned", range: true, reason: `"${written}" is a range (Cargo reads "1.2.3" as "^1.2.3") and no Cargo.lock resolves it; commit Cargo.lock, pin with "=x.y.z", or (for a library) set dependencies.ranges: newest in the policy` };
    }
    case "pypi": {
      const arbitrary = /^===\s*([^,\s]+)$/.exec(written)?.[1];
      if (arbitrary) return { kind: "exact", version: arbitrary };
      const version = /^==\s*([^,\s]+)$/.exec(written)?.[1] ?? "";
      return pep440.test(version) ? { kind: "exact", version } : { kind: "unpinned", range: true, reason: `"${written}" is not one exact version; pin it with "==x.y.z" (pip-compile or pip freeze write pinned files), or (for a library) set dependencies.ranges: newest in the policy` };
    }
  }
}

// src/core/gates/dependencies/parse-cargo-lock.ts
function parseCargoLock(text) {
  const crates = [];
  for (const block of text.split(/^\[\[package\]\]\s*$/m).slice(1)) {
    const field = (key) => new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, "m").exec(block)?.[1];
    const name = field("name");
    const version = field("version");
    if (name && version && field("source")?.startsWith("registry+")) crates.push({ name, version });
  }
  return crates;
}
function lockedCrateVersion(crates, name) {
  const versions = [...new Set(crates.filter((c) => c.name === name).map((c) => c.version))];
  return versions.length === 1 ? versions[0] : void 0;
}

// src/workflows/verify/locked-versions.ts
async function lockedVersionsFor(manifestPath, ecosystem, read) {
  const dirs = manifestPath.split("/").slice(0, -1);
  const nearest = async (lockName) => {
    for (let depth = dirs.length; depth >= 0; depth--) {
      const text = await read([...dirs.slice(0, depth), lockName].join("/"));
      if (text !== void 0) return { text, below: dirs.slice(depth).join("/") };
    }
    return void 0;
  };
  if (ecosystem === "npm") {
    const found = await nearest("package-lock.json");
    const lock = found ? parseNpmLockfile(found.text) : void 0;
    return (name) => (found?.below ? lock?.find((p) => p.path === `${found.below}/node_modules/${name}`)?.version : void 0) ?? lock?.find((p) => p.path === `node_modules/${name}`)?.version;
  }
  if (ecosystem === "cargo") {
    const found = await nearest("Cargo.lock");
    const crates = found ? parseCargoLock(found.text) : [];
    return (name) => lockedCrateVersion(crates, name);
  }
  return () => void 0;
}

// src/workflows/verify/dependencies-gate.ts
var lockfileNames = ["package-lock.json", "npm-shrinkwrap.json"];
async function runDependenciesGate(spec, context) {
  const { options } = context;
  const base = { id: spec.id, kind: spec.kind, required: spec.required, attempts: 1 };
  const changes = await options.git.diff(options.repoDir, context.base, context.dirty ? void 0 : context.head);
  const readHead = (path) => context.dirty ? options.filesAt(options.repoDir).read(path) : options.git.show(options.repoDir, context.head, path);
  const annotations = [];
  const unproven = [];
  let checked = 0;
  const policy = options.policy.dependencies;
  const cooldownMs = parseDuration(policy.cooldown) ?? 7 * 864e5;
  for (const change of changes) {
    if (change.status === "D") continue;
    const name = change.path.split("/").pop();
    const before = await options.git.show(options.repoDir, context.base, change.fromPath ?? change.path);
    const after = await readHead(change.path) ?? "";
    if (lockfileNames.includes(name)) {
      const head = parseNpmLockfile(after);
      if (!head) annotations.push({ path: change.path, line: 1, level: "error", title: "lockfile", message: "the lockfile is not valid JSON; regenerate it with npm install" });
      else annotations.push(...checkNpmLockfile(change.path, parseNpmLockfile(before ?? "{}") ?? [], head, policy.registries ?? ["registry.npmjs.org"]));
      continue;
    }
    const parse = manifestParser(change.path);
    if (!parse) continue;
    const declared = parse(after, change.path);
    const lockedVersion = await lockedVersionsFor(change.path, declared[0]?.ecosystem ?? "npm", readHead);
    for (const { dependency } of changedDependencies(before ? parse(before, change.path) : [], declared)) {
      const pinned = pinnedVersion(dependency, lockedVersion(dependency.name));
      if (pinned.kind === "local") continue;
      checked++;
      const { version, publish } = pinned.kind === "exact" ? { version: pinned.version, publish: await options.registry[dependency.ecosystem].publishTime(dependency.name, pinned.version) } : policy.ranges === "newest" && pinned.range ? await judgeByNewest(dependency, options.registry[dependency.ecosystem]) : { version: dependency.version, publish: { kind: "unresolved", reason: pinned.reason } };
      const judgement = judgeDependency({ ...dependency, version }, policy.allow, cooldownMs, publish, options.clock.now());
      if (judgement.gateError) unproven.push(publish.kind === "unreachable" ? "a package registry could not be reached" : "a version is not pinned or locked");
      if (judgement.level !== "ok") annotations.push({ path: change.path, line: lineOf(after, dependency), level: judgement.level, title: "dependency", message: judgement.message });
    }
  }
  const errors = annotations.filter((a) => a.level === "error").length;
  if (unproven.length > 0) return { ...base, status: "error", reason: `dependency age is unproven: ${[...new Set(unproven)].join("; ")}`, annotations };
  if (errors > 0) return { ...base, status: "fail", reason: `${errors} dependency problem${errors === 1 ? "" : "s"}`, annotations };
  return { ...base, status: "pass", reason: checked === 0 ? "no dependency changed" : `${checked} changed dependenc${checked === 1 ? "y" : "ies"} allowed`, annotations };
}
async function judgeByNewest(dependency, registry) {
  const listed = await registry.releases(dependency.name);
  if (listed.kind !== "listed") return { version: dependency.version, publish: listed };
  const newest = newestAdmitted(dependency, listed.releases);
  if (newest.kind === "unreadable") return { version: dependency.version, publish: { kind: "unresolved", reason: `${newest.reason}; pin an exact version` } };
  if (newest.kind === "none") return { version: dependency.version, publish: { kind: "not-found" } };
  return { version: `${newest.release.version} (the newest "${dependency.version}" admits today)`, publish: { kind: "published", at: newest.release.at } };
}
function lineOf(text, dependency) {
  const index = text.split("\n").findIndex((line) => line.includes(`"${dependency.name}"`) || line.trimStart().startsWith(dependency.name));
  return index < 0 ? 1 : index + 1;
}

// src/core/gates/secret-scanner.ts
var allowMarker = "shopfloor:allow-secret";
var windowChars = 64 * 1024;
var overlapChars = 4096;
var maxFindings = 50;
var redactedMarker = /\[REDACTED:([a-z0-9-]{1,40})\]/g;
function redactSecret(value) {
  return value.length <= 8 ? "****" : `${value.slice(0, 4)}\u2026(${value.length} chars)`;
}
function messageFor(span, value) {
  if (span.kind.startsWith("marker:")) return `a ${span.kind.slice(7)} was printed here and redacted before the log was stored; treat it as leaked: rotate it, and find what printed it`;
  if (span.kind === "secret") return `a value Shopfloor holds as a secret appears here (${span.label}, ${value.length} chars, plain or encoded); treat it as leaked and rotate it`;
  return `${span.label} ${redactSecret(value)}; remove it, rotate it, and read it from the environment instead`;
}
function createSecretScanner(options) {
  const found = [];
  let extra = 0;
  let buffer = "";
  let bufferStart = 0;
  let bufferLine = 1;
  let scannedUntil = 0;
  let reportedUntil = 0;
  const report = (span, text, line, column) => {
    const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
    const lineEnd = text.indexOf("\n", span.start);
    const allowed = text.slice(lineStart, lineEnd < 0 ? void 0 : lineEnd).includes(allowMarker) && span.kind !== "secret" && !span.kind.startsWith("marker:");
    const level = allowed || span.kind === "url-password-local" ? "warning" : "error";
    if (found.length >= maxFindings) return void extra++;
    found.push({ path: options.path, line: options.lineNumber ? options.lineNumber(line) : line, column, level, title: allowed ? "secret (marked allowed)" : "secret", message: messageFor(span, text.slice(span.start, span.end)) });
  };
  const scan = (final) => {
    let cut = buffer.length;
    if (!final) {
      const lineEnd = buffer.lastIndexOf("\n");
      if (lineEnd > overlapChars) cut = lineEnd + 1;
    }
    const text = buffer.slice(0, cut);
    const spans = options.detect(text);
    if (options.markers) {
      for (const match of text.matchAll(redactedMarker)) if (match[1] !== "credential") spans.push({ start: match.index, end: match.index + match[0].length, kind: `marker:${match[1]}`, label: "redacted secret" });
    }
    spans.sort((a, b) => a.start - b.start);
    let line = bufferLine;
    let counted = 0;
    for (const span of spans) {
      if (span.kind === "credential" || bufferStart + span.end <= scannedUntil || bufferStart + span.start < reportedUntil) continue;
      for (let at = text.indexOf("\n", counted); at >= 0 && at < span.start; at = text.indexOf("\n", at + 1)) {
        line++;
        counted = at + 1;
      }
      report(span, text, line, span.start - (text.lastIndexOf("\n", span.start - 1) + 1) + 1);
      reportedUntil = bufferStart + span.end;
    }
    scannedUntil = bufferStart + cut;
    let keep = Math.max(0, cut - overlapChars);
    const lineStart = text.indexOf("\n", keep);
    if (lineStart >= 0 && lineStart < cut - 1) keep = lineStart + 1;
    for (let at = text.indexOf("\n"); at >= 0 && at < keep; at = text.indexOf("\n", at + 1)) bufferLine++;
    bufferStart += keep;
    buffer = buffer.slice(keep);
  };
  return {
    push: (chunk) => {
      buffer += chunk;
      if (buffer.length >= windowChars + overlapChars) scan(false);
    },
    end: () => {
      scan(true);
      if (extra > 0) found.push({ path: options.path, line: 1, column: 1, level: "error", title: "secret", message: `${extra} more possible secret${extra === 1 ? "" : "s"} not listed` });
      return found;
    }
  };
}

// src/core/gates/scan-secrets.ts
function scanSecrets(texts, detect = createSecretDetector()) {
  const found = [];
  let index = 0;
  while (index < texts.length) {
    const path = texts[index].path;
    const lineNumbers = [];
    const scanner = createSecretScanner({ path, detect, lineNumber: (line) => lineNumbers[line - 1] ?? line });
    for (; index < texts.length && texts[index].path === path; index++) {
      const { text, lineOffset = 1 } = texts[index];
      text.split("\n").forEach((line, offset) => {
        lineNumbers.push(lineOffset + offset);
        scanner.push(`${line}
`);
      });
    }
    found.push(...scanner.end());
  }
  return found;
}
function addedLines(unifiedDiff) {
  const texts = [];
  let file;
  let line = 0;
  for (const row of unifiedDiff.split("\n")) {
    if (row.startsWith("+++ ")) {
      file = row.slice(4).replace(/^b\//, "");
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (file && file !== "/dev/null" && row.startsWith("+")) texts.push({ path: file, text: row.slice(1), lineOffset: line++ });
  }
  return texts;
}

// src/core/redaction/known-secret-values.ts
var notSecret = /^(?:[/~.]|[A-Za-z]:[\\/]|https?:\/\/[^@]*$|\d+$|true$|false$)/i;
function knownSecretValues(env) {
  const values = /* @__PURE__ */ new Set();
  for (const [name, value] of Object.entries(env)) {
    if (typeof value !== "string" || value.trim().length < minSecretLength) continue;
    const privateKey = value.includes("PRIVATE KEY-----");
    if (!privateKey && (notSecret.test(value.trim()) || !(isCredentialName(name) || /KEY/i.test(name)))) continue;
    values.add(value.trim());
  }
  return [...values];
}

// src/workflows/verify/secrets-gate.ts
async function runSecretsGate(spec, context) {
  const { options } = context;
  const diff = await options.git.raw(options.repoDir, ["diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", context.base, ...context.dirty ? [] : [context.head], "--"]);
  if (diff.exitCode !== 0) throw new Error(`git diff failed: ${diff.stderr.trim()}`);
  const detect = createSecretDetector({ secrets: [...knownSecretValues(options.sourceEnv), ...options.knownSecrets ?? []] });
  const annotations = scanSecrets(addedLines(diff.stdout), detect);
  for (const result of context.finished.values()) {
    if (result.logDigest) annotations.push(...await scanLog(options.store, result.logDigest, `log of gate ${result.id} (${result.logDigest.slice(0, 19)})`, detect));
  }
  const errors = annotations.filter((a) => a.level === "error").length;
  const base = { id: spec.id, kind: spec.kind, required: spec.required, attempts: 1, annotations };
  return errors > 0 ? { ...base, status: "fail", reason: `${errors} possible secret${errors === 1 ? "" : "s"} in the diff or gate logs; remove and rotate them (mark known fakes with shopfloor:allow-secret)` } : { ...base, status: "pass", ...annotations.length > 0 ? { reason: `${annotations.length} warning${annotations.length === 1 ? "" : "s"} (marked fakes, loopback URL passwords)` } : {} };
}
async function scanLog(store, digest, path, detect) {
  const chunks = await store.openRead(digest);
  if (!chunks) return [];
  const scanner = createSecretScanner({ path, detect, markers: true });
  const decoder = new TextDecoder();
  for await (const chunk of chunks) scanner.push(decoder.decode(chunk, { stream: true }));
  scanner.push(decoder.decode());
  return scanner.end();
}

// src/core/redaction/stream-redactor.ts
var holdBackChars = 4096;
var batchChars = 16384;
var maxPendingChars = 1024 * 1024;
function createStreamRedactor(detect) {
  let pending = "";
  const release = (final) => {
    const spans = detect(pending);
    let cut = pending.length;
    if (!final) {
      cut -= holdBackChars;
      const lineEnd = pending.lastIndexOf("\n", cut - 1);
      if (lineEnd >= cut - batchChars / 2) cut = lineEnd + 1;
      const open2 = spans.find((span) => span.start < cut && span.end > cut);
      if (open2) cut = pending.length > maxPendingChars ? open2.end : open2.start;
    }
    const out = applySpans(pending.slice(0, cut), spans.filter((span) => span.end <= cut));
    pending = pending.slice(cut);
    return out;
  };
  return {
    push: (chunk) => {
      pending += chunk;
      return pending.length >= holdBackChars + batchChars ? release(false) : "";
    },
    flush: () => release(true)
  };
}

// src/workflows/verify/open-redacted-log.ts
function openRedactedLog(options, env) {
  const credentials = Object.entries(env).filter(([name]) => isCredentialName(name)).map(([, value]) => value);
  const detect = createSecretDetector({ secrets: [...knownSecretValues(options.sourceEnv), ...options.knownSecrets ?? []].filter((value) => !credentials.includes(value)), credentials });
  const redactor = createStreamRedactor(detect);
  const sink = options.store.openLog();
  return {
    write: (chunk) => sink.write(redactor.push(chunk)),
    finish: () => (sink.write(redactor.flush()), sink.finish()),
    redact: (text) => applySpans(text, detect(text))
  };
}

// src/workflows/verify/test-first-gate.ts
async function runTestFirstGate(spec, context) {
  const { options } = context;
  const base = { id: spec.id, kind: spec.kind, required: spec.required };
  const workOrder = options.workOrder?.value;
  const changes = await options.git.diff(options.repoDir, context.base, context.head);
  const tests = changes.filter((c) => c.status !== "D" && isTestFile(c.path)).map((c) => c.path);
  if (tests.length === 0) return { ...base, attempts: 0, status: "fail", reason: `a ${workOrder?.kind ?? "bugfix"} work order must add or change a test that reproduces the bug; none of the ${changes.length} changed files is a test`, annotations: [] };
  const revertOf = workOrder?.provenance?.revertOf;
  const unitIndex = options.policy.gates.findIndex((gate) => gate.kind === "unit");
  const unitGate = unitIndex < 0 ? void 0 : policyGateSpec(options.policy.gates[unitIndex], unitIndex, { policy: options.policy, policyFile: options.policyFile, parseDuration });
  const repro = workOrder?.repro?.run;
  const reproSpec = repro === void 0 ? void 0 : { run: repro, env: commandEnvNames(options.policy.env, []), timeoutMs: spec.timeoutMs };
  const chosen = revertOf ? unitGate ?? reproSpec : reproSpec ?? unitGate;
  const command2 = chosen?.run;
  if (!chosen || !command2) return { ...base, attempts: 0, status: "error", reason: 'no test command: give the work order a repro.run, or declare a gate of kind "unit"', annotations: [] };
  const culprit = revertOf ? await options.git.revParse(options.repoDir, revertOf) : void 0;
  if (revertOf && !culprit) return { ...base, attempts: 0, status: "error", reason: `the culprit ${revertOf} (provenance.revertOf) is not in this repository; fetch it (git fetch origin ${revertOf}) and rerun`, annotations: [] };
  const shell = chosen.shell ?? defaultShellFor(options.runner.platform);
  const { env } = buildEnvironment(options.sourceEnv, { allow: chosen.env, platform: options.runner.platform, set: { CI: "true", SHOPFLOOR: "1", SHOPFLOOR_GATE: spec.id, SHOPFLOOR_CHANGED_TESTS: tests.join(" ") } });
  const log = openRedactedLog(options, env);
  let attempts = 0;
  const run = async (rev, side, overlay) => {
    attempts++;
    return withWorkCopy(options.git, options.repoDir, `${options.scratchDir}/${options.runId}-test-first-${side}`, rev, context.boxSettings, async (copy) => {
      if (overlay) {
        const files = options.filesAt(copy.dir);
        for (const test of tests) await files.replace(test, await options.git.show(options.repoDir, context.head, test) ?? "");
      }
      log.write(`=== shopfloor: ${command2} on the ${side} (${rev.slice(0, 12)}) ${overlay ? `with the head's tests: ${tests.join(", ")}` : "as committed"} ===
`);
      return options.runner.run({ script: command2, shell, cwd: chosen.workingDirectory ? `${copy.dir}/${chosen.workingDirectory}` : copy.dir, env, box: copy.box, timeoutMs: chosen.timeoutMs, onOutput: (chunk) => log.write(chunk), ...options.signal ? { signal: options.signal } : {} });
    });
  };
  const verdict = await judgeRuns(run, { red: culprit ? { rev: culprit, side: "culprit" } : { rev: context.base, side: "base" }, head: context.head, tests });
  const { digest } = await log.finish();
  return { ...base, attempts, logDigest: digest, annotations: [], ...verdict };
}
async function judgeRuns(run, plan) {
  const { side } = plan.red;
  const where = side === "culprit" ? `the culprit ${plan.red.rev.slice(0, 12)}` : "the base";
  const broken = (result, on) => result.timedOut || result.aborted || result.startError !== void 0 ? { status: "error", reason: `the test command did not complete on ${on} (${result.startError ?? "timed out or cancelled"})` } : void 0;
  const red = await run(plan.red.rev, side, true);
  const redBroken = broken(red, where);
  if (redBroken) return redBroken;
  if (red.exitCode === 0) {
    const why = side === "culprit" ? "they do not catch the regression it brought; make a test fail on the culprit" : "they do not reproduce the bug; make a test fail without the fix";
    return { status: "fail", reason: `the changed tests (${plan.tests.join(", ")}) pass on ${where} too, so ${why}` };
  }
  if (side === "culprit") {
    const control = await run(plan.red.rev, "culprit-control", false);
    const controlBroken = broken(control, `${where} as merged`);
    if (controlBroken) return controlBroken;
    const neither2 = notRunOnBoth(red, control, `${where} with the changed tests`, `${where} as merged`);
    if (neither2) return neither2;
    if (control.exitCode !== 0) return { status: "fail", reason: `the test command fails on ${where} as merged too (exit ${control.exitCode}), so the failure with the changed tests does not show that they catch the regression; declare a gate of kind "unit" that runs the tests` };
  }
  const head = await run(plan.head, "head", false);
  const headBroken = broken(head, "the head");
  if (headBroken) return headBroken;
  const neither = notRunOnBoth(red, head, where, "the head");
  if (neither) return neither;
  if (head.exitCode !== 0) return { status: "fail", reason: `the changed tests fail on the head (exit ${head.exitCode}); the fix does not make them pass` };
  return { status: "pass", reason: `${plan.tests.join(", ")} fail on ${where} (exit ${red.exitCode})${side === "culprit" ? ", whose own tests pass," : ""} and pass on the head` };
}
function notRunOnBoth(first, second, firstWhere, secondWhere) {
  const [a, b] = [couldNotRun(first), couldNotRun(second)];
  if (!a || !b) return void 0;
  return { status: "error", reason: `the check could not run: ${a} on ${firstWhere}${a === b ? " and on" : `, ${b} on`} ${secondWhere}; this says nothing about the change. Give the test command what it needs (its gate's \`env\`, or the policy's top-level \`env\`) and run again` };
}

// src/workflows/verify/run-builtin-gate.ts
var builtinGates = {
  scope: runScopeGate,
  dependencies: runDependenciesGate,
  secrets: runSecretsGate,
  "test-first": runTestFirstGate
};
function runBuiltinGate(spec, context) {
  return builtinGates[spec.builtin](spec, context);
}

// src/workflows/verify/run-command-gate.ts
import { createHash as createHash2 } from "node:crypto";

// src/core/gates/annotations/parse-cargo-json.ts
function parseCargoJson(output) {
  const found = [];
  for (const line of output.split(/\r?\n/)) {
    if (!line.startsWith("{")) continue;
    let record;
    try {
      record = JSON.parse(line);
    } catch {
      continue;
    }
    const diagnostic = record.reason === "compiler-message" ? record.message : record;
    if (!diagnostic || typeof diagnostic.message !== "string" || !Array.isArray(diagnostic.spans)) continue;
    const span = diagnostic.spans.find((s) => s.is_primary) ?? diagnostic.spans[0];
    if (!span) continue;
    const level = diagnostic.level === "error" || diagnostic.level === "error: internal compiler error" ? "error" : diagnostic.level === "warning" ? "warning" : "notice";
    found.push({
      path: span.file_name,
      line: span.line_start,
      ...span.column_start ? { column: span.column_start } : {},
      ...span.line_end ? { endLine: span.line_end } : {},
      level,
      message: diagnostic.message,
      ...diagnostic.code?.code ? { title: diagnostic.code.code } : {}
    });
  }
  return found;
}

// src/core/gates/annotations/parse-eslint.ts
function parseEslintJson(output) {
  const start = output.indexOf("[{");
  if (start < 0) return [];
  let data;
  try {
    data = JSON.parse(output.slice(start, output.lastIndexOf("]") + 1));
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.flatMap(
    (file) => (Array.isArray(file?.messages) ? file.messages : []).map((m) => ({
      path: String(file.filePath),
      line: m.line ?? 1,
      column: m.column ?? 1,
      level: m.severity === 2 ? "error" : "warning",
      message: String(m.message ?? ""),
      ...m.ruleId ? { title: m.ruleId } : {}
    }))
  );
}
var stylishRow = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+?)(?:\s{2,}(\S+))?\s*$/;
function parseEslintStylish(output) {
  const found = [];
  let file;
  for (const line of output.split(/\r?\n/)) {
    if (/^\S/.test(line) && !/^[✖✓]/.test(line) && !line.includes("problem")) {
      file = line.trim();
      continue;
    }
    const match = stylishRow.exec(line);
    if (!match || !file) continue;
    const [, row, col, level, message, rule] = match;
    found.push({ path: file, line: Number(row), column: Number(col), level, message, ...rule ? { title: rule } : {} });
  }
  return found;
}

// src/core/gates/annotations/parse-junit.ts
var entities = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
var decode = (text) => text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name) => name.startsWith("#x") || name.startsWith("#X") ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : entities[name.toLowerCase()]);
var attribute = (attributes, name) => {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? decode(match[1] ?? match[2] ?? "") : void 0;
};
function parseJunit(xml) {
  const found = [];
  const suites = [...xml.matchAll(/<testsuite\b([^>]*)>([\s\S]*?)<\/testsuite>/g)];
  const blocks = suites.length > 0 ? suites.map((m) => ({ suiteFile: attribute(m[1], "file") ?? attribute(m[1], "filepath"), body: m[2] })) : [{ suiteFile: void 0, body: xml }];
  for (const { suiteFile, body } of blocks) {
    for (const testcase of body.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
      const inner = testcase[2] ?? "";
      const problem = /<(failure|error)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/.exec(inner);
      if (!problem) continue;
      const attrs = testcase[1];
      const name = attribute(attrs, "name") ?? "test";
      const classname = attribute(attrs, "classname");
      const text = decode((problem[3] ?? "").replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1"));
      const path = attribute(attrs, "file") ?? suiteFile ?? (classname?.includes("/") ? classname : classname?.replace(/\./g, "/")) ?? "unknown";
      const lineFromText = new RegExp(`${escapeRegExp(path)}:(\\d+)(?::(\\d+))?`).exec(text);
      const line = Number(attribute(attrs, "line") ?? lineFromText?.[1] ?? 1);
      const message = attribute(problem[2], "message") ?? text.trim().split("\n")[0] ?? "failed";
      found.push({ path, line, ...lineFromText?.[2] ? { column: Number(lineFromText[2]) } : {}, level: "error", message: message || "failed", title: classname ? `${classname} \u203A ${name}` : name });
    }
  }
  return found;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/core/gates/annotations/parse-tsc.ts
var plain = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/;
var pretty = /^(.+?):(\d+):(\d+) - (error|warning|message) (TS\d+): (.*)$/;
function parseTsc(output) {
  const found = [];
  for (const line of output.split(/\r?\n/)) {
    const match = plain.exec(line) ?? pretty.exec(line);
    if (!match) continue;
    const [, path, row, col, level, code, message] = match;
    found.push({ path: path.trim(), line: Number(row), column: Number(col), level: level === "error" ? "error" : level === "warning" ? "warning" : "notice", message, title: code });
  }
  return found;
}

// src/core/gates/annotations/parse-workflow-commands.ts
var command = /^::(error|warning|notice)(?:\s+(.*?))?::(.*)$/;
var unescapeData = (text) => text.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%25/g, "%");
var unescapeProperty = (text) => unescapeData(text).replace(/%3A/gi, ":").replace(/%2C/gi, ",");
function parseWorkflowCommands(output) {
  const found = [];
  for (const line of output.split(/\r?\n/)) {
    const match = command.exec(line.trim());
    if (!match) continue;
    const properties = /* @__PURE__ */ new Map();
    for (const pair of (match[2] ?? "").split(",")) {
      const equals = pair.indexOf("=");
      if (equals > 0) properties.set(pair.slice(0, equals).trim(), unescapeProperty(pair.slice(equals + 1)));
    }
    const file = properties.get("file");
    if (!file) continue;
    const column = properties.get("col");
    const endLine = properties.get("endLine");
    const title = properties.get("title");
    found.push({
      path: file,
      line: Number(properties.get("line") ?? 1),
      ...column ? { column: Number(column) } : {},
      ...endLine ? { endLine: Number(endLine) } : {},
      level: match[1],
      message: unescapeData(match[3]),
      ...title ? { title } : {}
    });
  }
  return found;
}

// src/core/gates/annotations/parse-annotations.ts
var annotationParsers = [parseWorkflowCommands, parseTsc, parseEslintJson, parseEslintStylish, parseJunit, parseCargoJson];
var ansi = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
function stripAnsi(text) {
  return text.replace(ansi, "");
}
function parseAnnotations(output, root) {
  const text = stripAnsi(output);
  const seen = /* @__PURE__ */ new Set();
  const result = [];
  for (const parser of annotationParsers) {
    for (const annotation of parser(text)) {
      const path = relativePath(annotation.path, root);
      const key = `${path}:${annotation.line}:${annotation.column ?? 0}:${annotation.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push({ ...annotation, path });
    }
  }
  return result;
}
function relativePath(path, root) {
  const slashed = path.replace(/\\/g, "/");
  const base = root.replace(/\\/g, "/").replace(/\/+$/, "");
  const relative = slashed.toLowerCase().startsWith(`${base.toLowerCase()}/`) ? slashed.slice(base.length + 1) : slashed;
  return relative.replace(/^\.\//, "");
}

// src/core/gates/cache-key.ts
function cacheKeyMaterial(spec, shell, env, inputsTreeHash, platform) {
  if (spec.cache.length === 0 || !spec.run) return void 0;
  const sortedEnv = Object.fromEntries(Object.entries(env).filter(([name]) => spec.env.includes(name)).sort(([a], [b]) => a < b ? -1 : 1));
  return canonicalJson({ v: 1, run: spec.run, shell, cwd: spec.workingDirectory ?? ".", env: sortedEnv, inputs: inputsTreeHash, platform, golden: spec.golden ?? null });
}

// src/core/gates/classify-attempts.ts
function classifyAttempts(attempts) {
  const last = attempts[attempts.length - 1];
  if (!last) return { status: "error", reason: "the gate never ran" };
  if (last.startError) return { status: "error", reason: `could not start: ${last.startError}` };
  if (last.aborted) return { status: "error", reason: "cancelled before it finished" };
  if (last.timedOut) return { status: "error", reason: `timed out after ${Math.round(last.timeoutMs / 1e3)} s; the process tree was killed` };
  if (last.exitCode === 0) {
    return attempts.length === 1 ? { status: "pass" } : { status: "flaky", reason: `failed ${attempts.length - 1} time${attempts.length === 2 ? "" : "s"}, then passed` };
  }
  return { status: "fail", reason: `exit code ${last.exitCode ?? "none"}${attempts.length > 1 ? ` on all ${attempts.length} attempts` : ""}` };
}
function shouldRetry(attempt, attemptsSoFar, retries) {
  return attemptsSoFar <= retries && !attempt.timedOut && !attempt.aborted && !attempt.startError && attempt.exitCode !== 0;
}

// src/core/gates/normalize-golden.ts
function normalizeGolden(output, root) {
  let text = stripAnsi(output).replace(/\r\n?/g, "\n");
  if (root) text = text.split(root).join("<root>");
  text = text.replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\b/g, "<time>").replace(/\b\d+(?:\.\d+)?\s?(?:ms|s)\b/g, "<duration>").replace(/\b[0-9a-f]{12,64}\b/g, "<hex>");
  return `${text.split("\n").map((line) => line.trimEnd()).join("\n").trimEnd()}
`;
}
function firstDifference(expected, actual) {
  const a = expected.split("\n");
  const b = actual.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return { line: i + 1, expected: a[i] ?? "<end of file>", actual: b[i] ?? "<end of output>" };
  }
  return void 0;
}

// src/workflows/verify/compare-golden.ts
async function compareGolden(spec, output, context) {
  const actual = normalizeGolden(output, context.workDir);
  const files = context.options.filesAt(context.options.repoDir);
  const path = spec.golden;
  if (context.options.updateGolden) {
    await files.replace(path, actual);
    return void 0;
  }
  const expected = await files.read(path);
  if (expected === void 0) return { status: "fail", reason: `golden file ${path} does not exist; record it with \`shopfloor verify --gates ${spec.id} --update-golden\`` };
  const difference = firstDifference(expected.replace(/\r\n?/g, "\n"), actual);
  if (!difference) return void 0;
  const message = `output differs from ${path} at line ${difference.line}: expected ${JSON.stringify(difference.expected)}, got ${JSON.stringify(difference.actual)}; if the change is intended, re-record with \`shopfloor verify --gates ${spec.id} --update-golden\``;
  return { status: "fail", reason: message, annotation: { path, line: difference.line, level: "error", title: "golden", message } };
}

// src/workflows/verify/cache-inputs-hash.ts
import { createHash } from "node:crypto";
async function cacheInputsHash(git, repoDir, commit, globs) {
  if (globs.length === 0) return "";
  const listing = await git.raw(repoDir, ["ls-tree", "-r", "-z", "--full-tree", commit]);
  if (listing.exitCode !== 0) throw new Error(`git ls-tree ${commit} failed: ${listing.stderr.trim()}`);
  const compiled = globs.map((glob) => prepareGlob(glob));
  const hash = createHash("sha256");
  for (const entry of listing.stdout.split("\0")) {
    const tab = entry.indexOf("	");
    if (tab < 0) continue;
    const path = entry.slice(tab + 1);
    if (matchAnyGlob(compiled, path)) hash.update(`${entry}
`);
  }
  return hash.digest("hex");
}

// src/workflows/verify/run-command-gate.ts
var memoryCapBytes = 4 * 1024 * 1024;
async function runCommandGate(spec, context, pending) {
  const { options, workDir } = context;
  const shell = spec.shell ?? defaultShellFor(options.runner.platform);
  const set = { CI: "true", SHOPFLOOR: "1", SHOPFLOOR_GATE: spec.id, SHOPFLOOR_BASE: context.base, SHOPFLOOR_HEAD: context.head };
  const { env } = buildEnvironment(options.sourceEnv, { allow: spec.env, platform: options.runner.platform, set });
  const base = { id: spec.id, kind: spec.kind, required: spec.required };
  const started = options.clock.now();
  const material = !context.dirty && !options.updateGolden ? cacheKeyMaterial(spec, shell, env, await cacheInputsHash(options.git, options.repoDir, context.head, spec.cache), options.runner.platform) : void 0;
  const cacheKey = material === void 0 ? void 0 : `sha256:${createHash2("sha256").update(material).digest("hex")}`;
  if (cacheKey) {
    const hit = await options.store.lookupCache(cacheKey);
    if (hit) {
      return { ...base, status: "cached", reason: "command, environment and cache inputs unchanged since a passing run", attempts: 0, durationMs: 0, annotations: [], cacheKey, ...hit.logDigest ? { logDigest: hit.logDigest } : {}, cachedFrom: { runId: hit.runId, ...hit.reportDigest ? { reportDigest: hit.reportDigest } : {} } };
    }
  }
  const log = openRedactedLog(options, env);
  const { redact } = log;
  const attempts = [];
  let output = "";
  let stdout = "";
  let exitCode;
  const cwd = spec.workingDirectory ? `${workDir}/${spec.workingDirectory}` : workDir;
  for (; ; ) {
    if (attempts.length > 0) {
      options.onProgress?.({ type: "retrying", id: spec.id, attempt: attempts.length + 1 });
      log.write(`
=== shopfloor: attempt ${attempts.length + 1} of ${spec.retries + 1} ===
`);
    }
    const result = await options.runner.run({
      script: spec.run,
      shell,
      cwd,
      env,
      timeoutMs: spec.timeoutMs,
      maxCaptureBytes: memoryCapBytes,
      box: context.box,
      ...options.signal ? { signal: options.signal } : {},
      onOutput: (chunk) => log.write(chunk)
    });
    if (result.startError) log.write(`
shopfloor: could not start: ${result.startError}
`);
    if (result.timedOut) log.write(`
shopfloor: timed out after ${spec.timeoutMs} ms; killed the process tree
`);
    const attempt = { exitCode: result.exitCode, timedOut: result.timedOut, aborted: result.aborted, startError: result.startError, timeoutMs: spec.timeoutMs };
    attempts.push(attempt);
    output = redact(`${result.stdout}
${result.stderr}
`);
    stdout = result.stdout;
    exitCode = result.exitCode;
    if (!shouldRetry(attempt, attempts.length, spec.retries)) break;
  }
  const { digest } = await log.finish();
  let { status, reason } = classifyAttempts(attempts);
  const annotations = parseAnnotations(output, workDir).map((a) => ({ ...a, message: redact(a.message) }));
  if (spec.golden && (status === "pass" || status === "flaky")) {
    const golden = await compareGolden(spec, stdout, context);
    if (golden) ({ status, reason } = { status: golden.status, reason: golden.reason });
    if (golden?.annotation) annotations.push(golden.annotation);
  }
  if (cacheKey && status === "pass") pending.push({ key: cacheKey, gateId: spec.id, logDigest: digest });
  return {
    ...base,
    status,
    ...reason ? { reason } : {},
    attempts: attempts.length,
    durationMs: options.clock.now() - started,
    ...exitCode !== void 0 ? { exitCode } : {},
    logDigest: digest,
    annotations,
    ...cacheKey ? { cacheKey } : {}
  };
}

// src/core/gates/next-runnable.ts
var passing = ["pass", "cached", "flaky"];
function nextSteps(specs, states, freeSlots) {
  const steps = [];
  let slots = freeSlots;
  for (const spec of specs) {
    if (states.get(spec.id)?.phase !== "queued") continue;
    const blocked = spec.needs.map((need) => ({ need, state: states.get(need) })).find(({ state }) => state?.phase === "done" && !passing.includes(state.status));
    if (blocked) {
      const status = blocked.state.status;
      steps.push({ action: "skip", id: spec.id, reason: `needs "${blocked.need}", which ${status === "skipped" ? "was skipped" : `ended ${status}`}` });
      continue;
    }
    const waiting = [...spec.needs, ...spec.after].some((id) => states.has(id) && states.get(id).phase !== "done");
    if (waiting || slots <= 0) continue;
    steps.push({ action: "start", id: spec.id });
    slots--;
  }
  return steps;
}

// src/workflows/verify/run-gate-schedule.ts
function runGateSchedule(specs, concurrency, runGate, onFinished) {
  const states = new Map(specs.map((spec) => [spec.id, { phase: "queued" }]));
  const results = /* @__PURE__ */ new Map();
  let running = 0;
  return new Promise((resolve3) => {
    const finish = (result) => {
      states.set(result.id, { phase: "done", status: result.status });
      results.set(result.id, result);
      onFinished(result);
    };
    const pump = () => {
      for (let steps = nextSteps(specs, states, concurrency - running); steps.length > 0; steps = nextSteps(specs, states, concurrency - running)) {
        for (const step of steps) {
          const spec = specs.find((s) => s.id === step.id);
          if (step.action === "skip") {
            finish({ id: spec.id, kind: spec.kind, required: spec.required, status: "skipped", reason: step.reason, attempts: 0, durationMs: 0, annotations: [] });
            continue;
          }
          states.set(spec.id, { phase: "running" });
          running++;
          void runGate(spec, results).catch((error) => ({ id: spec.id, kind: spec.kind, required: spec.required, status: "error", reason: `the gate could not run: ${error.message}`, attempts: 0, durationMs: 0, annotations: [] })).then((result) => {
            running--;
            finish(result);
            pump();
          });
        }
      }
      if (results.size === specs.length) resolve3(specs.map((spec) => results.get(spec.id)));
    };
    pump();
  });
}

// src/core/report/dsse-envelope.ts
var utf8Length = (text) => new TextEncoder().encode(text).length;
function preAuthEncoding(payloadType, body) {
  return `DSSEv1 ${utf8Length(payloadType)} ${payloadType} ${utf8Length(body)} ${body}`;
}
function renderDsseEnvelope(payloadType, body, keyid, sig) {
  const envelope = { payload: textToBase64(body), payloadType, signatures: [{ keyid, sig }] };
  return `${JSON.stringify(envelope)}
`;
}
function looksLikeDsseEnvelope(data) {
  return data !== null && typeof data === "object" && !Array.isArray(data) && "payloadType" in data && "payload" in data;
}
function readDsseEnvelope(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `it is not valid JSON (${error.message})` };
  }
  if (!looksLikeDsseEnvelope(data)) return { ok: false, error: "it is not a DSSE envelope (no payload and payloadType)" };
  const { payload, payloadType, signatures } = data;
  if (typeof payload !== "string" || typeof payloadType !== "string") return { ok: false, error: "payload and payloadType must be strings" };
  if (!Array.isArray(signatures) || signatures.length === 0) return { ok: false, error: "it has no signatures" };
  const read = [];
  for (const entry of signatures) {
    const { keyid, sig } = entry ?? {};
    if (typeof sig !== "string" || keyid !== void 0 && typeof keyid !== "string") return { ok: false, error: "each signature needs a string `sig` (and `keyid`, when present, is a string)" };
    read.push({ keyid: keyid ?? "", sig });
  }
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(payload)) return { ok: false, error: "the payload is not base64" };
  try {
    return { ok: true, payloadType, body: base64ToText(payload), signatures: read };
  } catch {
    return { ok: false, error: "the payload is not base64 of UTF-8 text" };
  }
}

// src/core/report/report-statement.ts
var inTotoPayloadType = "application/vnd.in-toto+json";
var inTotoStatementType = "https://in-toto.io/Statement/v1";
var reportPredicateType = "https://shopfloor.invalid/attestation/verification-report/v1";
function reportStatement(report) {
  const { signature: _signature, ...predicate } = report;
  return {
    _type: inTotoStatementType,
    subject: [
      { name: `${report.repo}@commit`, digest: { gitCommit: report.head } },
      { name: `${report.repo}@tree`, digest: { gitTree: report.tree } }
    ],
    predicateType: reportPredicateType,
    predicate
  };
}
function renderStatement(statement) {
  return canonicalJson(statement);
}

// src/workflows/verify/sign-attestation.ts
async function signReportAttestation(report, signer) {
  const body = renderStatement(reportStatement(report));
  const sig = await signer.sign(preAuthEncoding(inTotoPayloadType, body));
  return renderDsseEnvelope(inTotoPayloadType, body, signer.keyId, sig);
}

// src/workflows/verify/verify-change.ts
var sha256 = (text) => `sha256:${createHash3("sha256").update(text).digest("hex")}`;
async function verifyChange(options) {
  const { git, repoDir } = options;
  const startedAt = options.clock.now();
  if ((await git.raw(repoDir, ["rev-parse", "--git-dir"])).exitCode !== 0) throw new VerifyInputError([`${repoDir} is not a git repository; a report proves a commit, so run verify inside a repository with at least one commit`]);
  const [base, head] = await Promise.all([git.revParse(repoDir, options.base), git.revParse(repoDir, options.head)]);
  const unknown = [...new Set([[options.base, base], [options.head, head]].filter(([, sha]) => !sha).map(([rev]) => rev))];
  if (unknown.length > 0) throw new VerifyInputError(unknown.map((rev) => `"${rev}" is not a commit in ${repoDir}; ${rev === "HEAD" ? "commit something first" : "pass a branch, tag or SHA that exists"}`));
  const planned = planGates({
    policy: options.policy,
    policyFile: options.policyFile,
    platform: options.runner.platform,
    parseDuration,
    ...options.workOrder ? { workOrder: options.workOrder.value, workOrderFile: options.workOrder.file } : {},
    ...options.gates ? { only: options.gates } : {}
  });
  if (!planned.ok) throw new VerifyInputError(planned.errors);
  const specs = planned.value.specs;
  let dirty = false;
  if (options.inPlace) {
    const current = await git.revParse(repoDir, "HEAD");
    if (current !== head) throw new VerifyInputError([`verifying in place runs the checkout as it is, but its HEAD is ${current?.slice(0, 12)} and ${head.slice(0, 12)} was asked for; check that commit out, or verify it in a clean worktree (--head)`]);
    dirty = (await git.status(repoDir)).some((line) => !line.slice(3).startsWith(".shopfloor/"));
  }
  await checkGateCommandsOrThrow(specs, repoDir, options);
  const isolation = isolationPolicy(options.policy.isolation);
  const refusal = options.signer ? isolationRefusal(options.runner.isolation, isolation) : void 0;
  if (refusal) throw new VerifyInputError([`${refusal}; nothing was run or signed`]);
  const boxSettings = { readOnly: isolation.readOnly, network: isolation.network.gates };
  const copy = options.inPlace ? void 0 : await openWorkCopy(git, repoDir, `${options.scratchDir}/${options.runId}-head`, head, boxSettings);
  const workDir = copy?.dir ?? repoDir;
  const box = copy?.box ?? inPlaceBox(repoDir, boxSettings);
  const pending = [];
  let results;
  try {
    options.onProgress?.({ type: "planned", gates: specs });
    const runGate = async (spec, finished) => {
      options.onProgress?.({ type: "started", id: spec.id, at: options.clock.now() });
      const context = { options, workDir, box, boxSettings, base, head, dirty, finished };
      if (spec.builtin) {
        const started = options.clock.now();
        return { ...await runBuiltinGate(spec, context), durationMs: options.clock.now() - started };
      }
      return runCommandGate(spec, context, pending);
    };
    results = await runGateSchedule(specs, Math.max(1, options.concurrency ?? options.environment.cpus), runGate, (result) => options.onProgress?.({ type: "finished", result }));
  } finally {
    await copy?.close();
  }
  const groups = { golden: specs.filter((spec) => spec.golden).map((spec) => spec.id) };
  const requiredGates = options.policy.merge.requiredGates?.filter((id) => options.workOrder !== void 0 || id !== "scope" && !id.startsWith("acceptance:"));
  const verdict = decideVerdict(results, { allowFlaky: options.policy.merge.allowFlaky, groups, ...requiredGates ? { requiredGates } : {} }, options.gates !== void 0);
  const unsigned = {
    schemaVersion: reportSchemaVersion,
    runId: options.runId,
    repo: repoDir.split(/[\\/]/).filter(Boolean).pop() ?? repoDir,
    workOrder: options.workOrder ? { id: options.workOrder.value.id, contentHash: sha256(options.workOrder.text), kind: options.workOrder.value.kind } : null,
    base,
    head,
    tree: await git.treeOf(repoDir, head),
    dirty,
    policyDigest: sha256(options.policyText),
    // A runaway tool can print millions of problems; the report keeps the first 500 per gate, the log has all.
    gates: results.map((r) => ({ ...r, annotations: r.annotations.slice(0, 500), durationMs: Math.round(r.durationMs) })),
    omitted: [...planned.value.omitted],
    environment: { ...options.environment },
    isolation: reportIsolation(options.runner.isolation, boxSettings.network),
    ...options.agents?.length ? { agents: options.agents.map((agent) => ({ ...agent })) } : {},
    verdict,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(options.clock.now()).toISOString()
  };
  const report = options.signer ? { ...unsigned, signature: { algorithm: "ed25519", keyId: options.signer.keyId, value: await options.signer.sign(signingPayload(unsigned)) } } : unsigned;
  const reportDigest = await options.store.put(renderReportFile(report));
  const attestationDigest = options.signer && !dirty ? await options.store.put(await signReportAttestation(report, options.signer)) : void 0;
  await options.store.writeRunIndex({
    runId: options.runId,
    createdAt: startedAt,
    head,
    base,
    reportDigest,
    ...options.workOrder ? { workOrder: options.workOrder.value.id } : {},
    artifacts: [
      ...results.filter((r) => r.logDigest).map((r) => ({ name: `${r.id}.log`, digest: r.logDigest })),
      ...attestationDigest ? [{ name: "report.intoto.jsonl", digest: attestationDigest }] : []
    ]
  });
  if (options.noteRef && !dirty) await git.notesAdd(repoDir, options.noteRef, head, renderReportFile(report));
  for (const record of pending) await options.store.recordCache(record.key, { runId: options.runId, gateId: record.gateId, logDigest: record.logDigest, reportDigest, at: startedAt });
  return {
    report,
    passed: verdict.passed,
    reportPath: options.store.pathOf(reportDigest),
    reportDigest,
    ...attestationDigest ? { attestationPath: options.store.pathOf(attestationDigest), attestationDigest } : {}
  };
}

// src/workflows/verify/load-verify-inputs.ts
async function loadVerifyInputs(files, workOrderId) {
  const policyText = await files.read(policyPath);
  if (policyText === void 0) return { ok: false, findings: [], message: `${policyPath} not found in ${files.root}; run \`shopfloor init\` to create a policy with gates` };
  const checked = checkPolicyFile(policyText, policyPath);
  const findings = [...checked.findings.filter((f) => f.severity === "error")];
  let workOrder;
  if (workOrderId !== void 0) {
    const candidates = [`workorders/${workOrderId}.yml`, `workorders/${workOrderId}.yaml`];
    let found = false;
    for (const file of candidates) {
      const text = await files.read(file);
      if (text === void 0) continue;
      found = true;
      const result = checkWorkOrderFile(text, file);
      findings.push(...result.findings.filter((f) => f.severity === "error"));
      if (result.workOrder) workOrder = { value: result.workOrder, file, text };
      break;
    }
    if (!found) return { ok: false, findings, message: `work order "${workOrderId}" not found (looked for ${candidates.join(" and ")}); run \`shopfloor validate\` to list work orders` };
  }
  if (findings.length > 0 || !checked.policy) return { ok: false, findings };
  return { ok: true, policy: checked.policy, policyText, policyFile: policyPath, ...workOrder ? { workOrder } : {} };
}

// src/workflows/verify/merge-base-with.ts
async function mergeBaseWithFirst(git, root, candidates, head) {
  for (const candidate of candidates) {
    if (!await git.revParse(root, candidate)) continue;
    const mergeBase = await git.raw(root, ["merge-base", candidate, head]);
    if (mergeBase.exitCode === 0) return mergeBase.stdout.trim();
  }
  return head;
}

// src/entrypoints/cli/verify-command.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { mkdtemp, readFile as readFile3, rm as rm2 } from "node:fs/promises";
import { arch, availableParallelism, tmpdir } from "node:os";
import { dirname as dirname2, join as join6, resolve as resolve2 } from "node:path";

// src/adapters/artifacts/content-addressed-store.ts
import { createHash as createHash4, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var defaultArtifactDir = ".shopfloor/artifacts";
var digestPattern = /^sha256:([0-9a-f]{64})$/;
function createContentAddressedStore(root) {
  const pathOf = (digest) => {
    const hex = digestPattern.exec(digest)?.[1];
    if (!hex) throw new Error(`"${digest}" is not a sha256 digest`);
    return join(root, "sha256", hex.slice(0, 2), hex.slice(2));
  };
  const tmp = async () => {
    await mkdir(join(root, "tmp"), { recursive: true });
    return join(root, "tmp", `${process.pid}-${randomBytes(6).toString("hex")}`);
  };
  const place = async (temp, digest) => {
    const target = pathOf(digest);
    await mkdir(dirname(target), { recursive: true });
    await rename(temp, target).catch(async (error) => {
      await rm(temp, { force: true });
      if (error.code !== "EEXIST" && error.code !== "EPERM") throw error;
    });
  };
  const put = async (content) => {
    const digest = `sha256:${createHash4("sha256").update(content).digest("hex")}`;
    const target = pathOf(digest);
    if (await exists(target)) return digest;
    const temp = await tmp();
    await writeFile(temp, content);
    await place(temp, digest);
    return digest;
  };
  const openLog = () => {
    const hash = createHash4("sha256");
    let bytes = 0;
    const pathPromise = tmp();
    const streamPromise = pathPromise.then((path) => createWriteStream(path));
    const pending = [];
    let stream;
    void streamPromise.then((s) => {
      stream = s;
      for (const chunk of pending.splice(0)) s.write(chunk);
    });
    return {
      write: (chunk) => {
        hash.update(chunk);
        bytes += Buffer.byteLength(chunk);
        if (stream) stream.write(chunk);
        else pending.push(chunk);
      },
      finish: async () => {
        const s = await streamPromise;
        for (const chunk of pending.splice(0)) s.write(chunk);
        await new Promise((resolve3, reject) => s.end((error) => error ? reject(error) : resolve3()));
        const digest = `sha256:${hash.digest("hex")}`;
        await place(await pathPromise, digest);
        return { digest, bytes };
      }
    };
  };
  const runsDir = join(root, "runs");
  const listRuns = async () => {
    const names = await readdir(runsDir).catch(() => []);
    const runs = await Promise.all(names.filter((n) => n.endsWith(".json")).map(async (n) => JSON.parse(await readFile(join(runsDir, n), "utf8"))));
    return runs.sort((a, b) => b.createdAt - a.createdAt || (a.runId < b.runId ? 1 : -1));
  };
  return {
    root,
    openLog,
    put,
    pathOf,
    read: async (digest) => readFile(pathOf(digest)).catch(() => void 0),
    openRead: async (digest) => await exists(pathOf(digest)) ? createReadStream(pathOf(digest), { highWaterMark: 1024 * 1024 }) : void 0,
    writeRunIndex: async (index) => {
      const path = join(runsDir, `${safeName(index.runId)}.json`);
      await mkdir(runsDir, { recursive: true });
      await writeFileAtomic(path, `${JSON.stringify(index, null, 2)}
`);
      return path;
    },
    listRuns,
    lookupCache: async (key) => {
      const text = await readFile(join(root, "cache", `${safeName(key)}.json`), "utf8").catch(() => void 0);
      if (!text) return void 0;
      const entry = JSON.parse(text);
      return entry.logDigest && !await exists(pathOf(entry.logDigest)) ? void 0 : entry;
    },
    recordCache: async (key, entry) => {
      await mkdir(join(root, "cache"), { recursive: true });
      await writeFileAtomic(join(root, "cache", `${safeName(key)}.json`), `${JSON.stringify(entry)}
`);
    },
    prune: async ({ maxRuns, maxAgeMs, now, graceMs }) => {
      const runs = await listRuns();
      const keep = runs.filter((run, index) => (maxRuns === void 0 || index < maxRuns) && (maxAgeMs === void 0 || now - run.createdAt <= maxAgeMs));
      const drop = runs.filter((run) => !keep.includes(run));
      for (const run of drop) await rm(join(runsDir, `${safeName(run.runId)}.json`), { force: true });
      const referenced = new Set(keep.flatMap((run) => [...run.artifacts.map((a) => a.digest), ...run.reportDigest ? [run.reportDigest] : []]).map((d) => pathOf(d)));
      let removedBlobs = 0;
      const shards = await readdir(join(root, "sha256")).catch(() => []);
      for (const shard of shards) {
        for (const blob of await readdir(join(root, "sha256", shard))) {
          const path = join(root, "sha256", shard, blob);
          if (referenced.has(path) || graceMs !== void 0 && await modifiedAfter(path, now - graceMs)) continue;
          await rm(path, { force: true });
          removedBlobs++;
        }
      }
      for (const name of await readdir(join(root, "tmp")).catch(() => [])) {
        const path = join(root, "tmp", name);
        if (graceMs !== void 0 && !await modifiedAfter(path, now - graceMs)) await rm(path, { force: true });
      }
      return { removedRuns: drop.length, removedBlobs };
    }
  };
}
function safeName(name) {
  return name.replace(/[^A-Za-z0-9._-]/g, "_");
}
async function modifiedAfter(path, time) {
  return stat(path).then((s) => s.mtimeMs > time, () => false);
}
async function exists(path) {
  return stat(path).then(() => true, () => false);
}

// src/adapters/process/node-command-locator.ts
import { access, constants } from "node:fs/promises";
import { delimiter, isAbsolute, join as join2, resolve } from "node:path";
function createNodeCommandLocator(platform = process.platform) {
  return {
    exists: async (command2, cwd, env) => {
      const windows = platform === "win32";
      const extensions = windows ? ["", ...(env.PATHEXT ?? env.Pathext ?? ".COM;.EXE;.BAT;.CMD").split(";").filter(Boolean)] : [""];
      const candidates = command2.includes("/") || windows && command2.includes("\\") || isAbsolute(command2) ? [resolve(cwd, command2)] : (Object.entries(env).find(([name]) => (windows ? name.toUpperCase() : name) === "PATH")?.[1] ?? "").split(windows ? ";" : delimiter).filter(Boolean).map((dir) => join2(dir, command2));
      for (const candidate of candidates) {
        for (const extension of extensions) {
          if (await access(candidate + extension, windows ? constants.F_OK : constants.X_OK).then(() => true, () => false)) return true;
        }
      }
      return false;
    }
  };
}

// src/adapters/registry/fetch-registry-json.ts
async function fetchRegistryJson(doFetch, url, headers, timeoutMs) {
  try {
    const response = await doFetch(url, { headers: { accept: "application/json", ...headers }, signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 404) return { ok: false, publish: { kind: "not-found" } };
    if (!response.ok) return { ok: false, publish: { kind: "unreachable", reason: `${url} answered HTTP ${response.status}` } };
    return { ok: true, json: await response.json() };
  } catch (error) {
    const cause = error.cause?.code;
    return { ok: false, publish: { kind: "unreachable", reason: `${url}: ${cause ?? error.message}` } };
  }
}
function parsePublishTime(text, what) {
  const at = text === void 0 ? Number.NaN : Date.parse(text);
  return Number.isNaN(at) ? { kind: "unreachable", reason: `the registry gave no readable publish time for ${what} (${JSON.stringify(text ?? null)})` } : { kind: "published", at };
}
function listReleases(entries) {
  const unreadable = entries.find((e) => e.time.kind !== "published");
  if (unreadable) return { kind: "unreachable", reason: unreadable.time.kind === "unreachable" ? unreadable.time.reason : `no publish time for ${unreadable.version}` };
  return { kind: "listed", releases: entries.map((e) => ({ version: e.version, at: e.time.at, ...e.yanked ? { yanked: true } : {} })) };
}
var unlisted = (publish) => publish.kind === "not-found" ? { kind: "not-found" } : { kind: "unreachable", reason: publish.kind === "unreachable" || publish.kind === "unresolved" ? publish.reason : "no version list" };

// src/adapters/registry/publish-time-cache.ts
import { mkdir as mkdir2, readFile as readFile2 } from "node:fs/promises";
import { join as join3 } from "node:path";
function withPublishTimeCache(registry, cacheDir) {
  const inFlight = /* @__PURE__ */ new Map();
  const lists = /* @__PURE__ */ new Map();
  const fileOf = (name, version) => join3(cacheDir, `${`${name}@${version}`.replace(/[^A-Za-z0-9._@-]/g, "_")}.json`);
  const lookUp = async (name, version) => {
    if (cacheDir) {
      const cached = await readFile2(fileOf(name, version), "utf8").then((text) => JSON.parse(text).at, () => void 0);
      if (typeof cached === "number") return { kind: "published", at: cached };
    }
    const answer = await registry.publishTime(name, version);
    if (cacheDir && answer.kind === "published") {
      await mkdir2(cacheDir, { recursive: true });
      await writeFileAtomic(fileOf(name, version), JSON.stringify({ name, version, at: answer.at }));
    }
    return answer;
  };
  return {
    // A version list changes with every release: never kept on disk, only asked once per process.
    releases: (name) => {
      let pending = lists.get(name);
      if (!pending) lists.set(name, pending = registry.releases(name));
      return pending;
    },
    publishTime: (name, version) => {
      const key = `${name}@${version}`;
      let pending = inFlight.get(key);
      if (!pending) inFlight.set(key, pending = lookUp(name, version));
      return pending;
    }
  };
}

// src/adapters/registry/crates-registry.ts
var defaultCratesUserAgent = "shopfloor-dependencies-gate (https://github.com/shopfloor)";
function createCratesRegistry(options = {}) {
  const baseUrl = (options.baseUrl ?? "https://crates.io").replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const get = (path) => fetchRegistryJson(doFetch, `${baseUrl}/api/v1/crates/${path}`, { "user-agent": options.userAgent ?? defaultCratesUserAgent }, options.timeoutMs ?? 15e3);
  const registry = {
    publishTime: async (name, version) => {
      const answer = await get(`${encodeURIComponent(name)}/${encodeURIComponent(version)}`);
      if (!answer.ok) return answer.publish;
      return parsePublishTime(answer.json?.version?.created_at, `${name} ${version}`);
    },
    releases: async (name) => {
      const answer = await get(`${encodeURIComponent(name)}/versions`);
      if (!answer.ok) return unlisted(answer.publish);
      const versions = answer.json?.versions ?? [];
      return listReleases(versions.map((v) => ({ version: String(v.num), time: parsePublishTime(v.created_at, `${name} ${String(v.num)}`), ...v.yanked ? { yanked: true } : {} })));
    }
  };
  return withPublishTimeCache(registry, options.cacheDir);
}

// src/adapters/registry/npm-registry.ts
function createNpmRegistry(options = {}) {
  const baseUrl = (options.baseUrl ?? "https://registry.npmjs.org").replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const packuments = /* @__PURE__ */ new Map();
  const load = async (name) => {
    const url = `${baseUrl}/${name.startsWith("@") ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
    const answer = await fetchRegistryJson(doFetch, url, {}, options.timeoutMs ?? 15e3);
    if (!answer.ok) return answer;
    const json = answer.json;
    return { ok: true, time: json?.time ?? {}, versions: Object.keys(json?.versions ?? {}) };
  };
  const packument = (name) => {
    let pending = packuments.get(name);
    if (!pending) packuments.set(name, pending = load(name));
    return pending;
  };
  const registry = {
    publishTime: async (name, version) => {
      const found = await packument(name);
      if (!found.ok) return found.publish;
      const at = found.time[version];
      return at === void 0 ? { kind: "not-found" } : parsePublishTime(at, `${name}@${version}`);
    },
    // The versions map holds what can be installed; `time` also keeps unpublished versions.
    releases: async (name) => {
      const found = await packument(name);
      if (!found.ok) return unlisted(found.publish);
      return listReleases(found.versions.map((version) => ({ version, time: parsePublishTime(found.time[version], `${name}@${version}`) })));
    }
  };
  return withPublishTimeCache(registry, options.cacheDir);
}

// src/adapters/registry/pypi-registry.ts
function firstUpload(files, what) {
  if (files.length === 0) return { kind: "not-found" };
  const parsed = files.map((file) => parsePublishTime(file.upload_time_iso_8601, what));
  const unreadable = parsed.find((p) => p.kind !== "published");
  if (unreadable) return unreadable;
  return { kind: "published", at: Math.min(...parsed.map((p) => p.kind === "published" ? p.at : Infinity)) };
}
function createPypiRegistry(options = {}) {
  const baseUrl = (options.baseUrl ?? "https://pypi.org").replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const get = (path) => fetchRegistryJson(doFetch, `${baseUrl}/pypi/${path}/json`, {}, options.timeoutMs ?? 15e3);
  const registry = {
    publishTime: async (name, version) => {
      const answer = await get(`${encodeURIComponent(name)}/${encodeURIComponent(version)}`);
      return answer.ok ? firstUpload(answer.json?.urls ?? [], `${name} ${version}`) : answer.publish;
    },
    // `releases` maps each version to its files; one without files cannot be installed, one whose every file is yanked is yanked.
    releases: async (name) => {
      const answer = await get(encodeURIComponent(name));
      if (!answer.ok) return unlisted(answer.publish);
      const releases = Object.entries(answer.json?.releases ?? {}).filter(([, files]) => files.length > 0);
      return listReleases(releases.map(([version, files]) => ({ version, time: firstUpload(files, `${name} ${version}`), ...files.every((f) => f.yanked) ? { yanked: true } : {} })));
    }
  };
  return withPublishTimeCache(registry, options.cacheDir);
}

// src/adapters/signing/own-key-files.ts
import { lstat as lstat2, readdir as readdir2 } from "node:fs/promises";

// src/adapters/files/own-local-file.ts
import { lstat } from "node:fs/promises";
async function notOwn(path, tracked, uid, secret = true) {
  if (tracked) return "it is tracked by git, so it came with the repository and others know it";
  const stat2 = await lstat(path).catch(() => void 0);
  if (!stat2) return "it cannot be read";
  if (!stat2.isFile()) return "it is not a regular file";
  if (uid === void 0) return void 0;
  if (stat2.uid !== uid) return "it belongs to another user";
  if (secret && (stat2.mode & 63) !== 0) return `others may read it (mode ${(stat2.mode & 511).toString(8)}, not 600)`;
  if (!secret && (stat2.mode & 18) !== 0) return `others may write it (mode ${(stat2.mode & 511).toString(8)})`;
  return void 0;
}

// src/adapters/signing/own-key-files.ts
import { join as join4 } from "node:path";
async function keyFiles(root, git) {
  const dir = join4(root, ".shopfloor", "keys");
  const dirStat = await lstat2(dir).catch(() => void 0);
  if (!dirStat) return [];
  const names = (await readdir2(dir).catch(() => [])).filter((name) => name.endsWith(".pem")).sort();
  if (names.length === 0) return [];
  if (!dirStat.isDirectory()) return names.map((name) => ({ path: join4(dir, name), own: false, why: ".shopfloor/keys is a link, not a directory of this checkout" }));
  const tracked = new Set((await git.lsFiles(root).catch(() => [])).filter((file) => file.startsWith(".shopfloor/")));
  const uid = typeof process.getuid === "function" ? process.getuid() : void 0;
  const files = [];
  for (const name of names) {
    const path = join4(dir, name);
    const why = await notOwn(path, tracked.has(`.shopfloor/keys/${name}`), uid);
    files.push(why ? { path, own: false, why } : { path, own: true });
  }
  return files;
}
function refusedKeyMessage(file) {
  return `${file.path} is not your own signing key: ${file.why}. Remove it (git rm --cached if it is committed) and let \`shopfloor run\` or \`shopfloor report keygen\` make a new one`;
}

// src/core/gates/render-progress.ts
function renderProgress(rows, now) {
  const width = Math.max(4, ...rows.map((row) => row.id.length));
  return rows.map((row) => {
    const id = row.id.padEnd(width);
    if (row.result) return `${statusMarks[row.result.status]} ${id}  ${row.result.status.padEnd(7)} ${formatSeconds(row.result.durationMs)}${row.result.reason ? `  ${row.result.reason.split("\n")[0].slice(0, 90)}` : ""}`;
    if (row.startedAt !== void 0) return `\u2026 ${id}  running ${formatSeconds(now - row.startedAt)}${row.attempt && row.attempt > 1 ? `  (attempt ${row.attempt})` : ""}`;
    return `  ${id}  queued`;
  });
}

// src/entrypoints/cli/tracked-state.ts
async function refuseTrackedState(git, root) {
  const listed = await git.raw(root, ["ls-files", "-z", "--", ".shopfloor"]).catch(() => ({ stdout: "" }));
  const tracked = listed.stdout.split("\0").filter(Boolean);
  if (tracked.length === 0) return;
  throw new UsageError(`${root} tracks ${tracked.length} file(s) in .shopfloor/ (${tracked.slice(0, 3).join(", ")}${tracked.length > 3 ? ", \u2026" : ""}): that is Shopfloor's local state and is never taken from git. Remove it from the repository (git rm -r --cached .shopfloor && git commit) and run again`);
}

// src/entrypoints/cli/write-signing-key.ts
import { chmod, mkdir as mkdir3, open } from "node:fs/promises";
import { join as join5 } from "node:path";
var keysDir = (root) => join5(root, ".shopfloor", "keys");
async function writeSigningKey(root) {
  const key = generateSigningKey();
  const dir = keysDir(root);
  await mkdir3(dir, { recursive: true, mode: 448 });
  await chmod(dir, 448);
  const path = join5(dir, `${key.keyId.replace(":", "-")}.pem`);
  const handle = await open(path, "wx", 384);
  try {
    await handle.writeFile(key.privateKeyPem, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  await createFileAtomic(join5(root, ".shopfloor", ".gitignore"), "# Shopfloor local state: never commit it\n*\n");
  return { ...key, path };
}

// src/entrypoints/cli/verify-command.ts
var reportNotesRef = "refs/notes/shopfloor";
var verifyCommand = (program, io, done) => {
  withRepoOption(program.command("verify")).description("run the gates of .github/shopfloor.yml (and a work order's acceptance commands) and write a VerificationReport").option("--work-order <id>", "verify against this work order: scope, acceptance commands, test-first").option("--gates <ids>", "run only these gates (comma-separated) and what they need").option("--base <rev>", "what the change is compared with (default: merge base with main/master)").option("--head <rev>", "the commit to verify in a clean worktree (default: your checkout, in place)").option("--clean", "run in a fresh worktree of HEAD instead of your checkout").option("--sign", "sign the report (key: --key, $SHOPFLOOR_SIGNING_KEY_FILE, or the one key in .shopfloor/keys/)").option("--key <file>", "the Ed25519 private key (PEM) to sign with; implies --sign").option("--concurrency <n>", "gates run at once (default: CPU count)").option("--update-golden", "re-record the golden files of golden gates from this run").option("--store <dir>", `artifact store (default: ${defaultArtifactDir})`).option("--keep-runs <n>", "runs kept in the store; older ones are pruned (default: 50)").option("--out <file>", "also write the report to this file").option("--note", `attach the report to the commit as a git note under ${reportNotesRef}`).option("--json", "print the report as JSON; no progress display").action(async (options) => {
    const root = repoRoot(options, io);
    const inputs = await loadVerifyInputs(createNodeRepoFiles(root), options.workOrder);
    if (!inputs.ok) {
      for (const finding of inputs.findings) io.stderr(`${formatFinding(finding)}
`);
      throw new UsageError(inputs.message ?? `fix the ${inputs.findings.length} problem${inputs.findings.length === 1 ? "" : "s"} above, then rerun verify`);
    }
    const adapters = createVerifyAdapters(root);
    const { git } = adapters;
    await refuseTrackedState(git, root);
    const signer = options.sign || options.key ? await loadSigner(root, options.key, io) : void 0;
    const store = options.store ? createContentAddressedStore(resolve2(root, options.store)) : adapters.store;
    const scratchDir = await mkdtemp(join6(tmpdir(), "shopfloor-verify-"));
    const cpus = availableParallelism();
    const display = createDisplay(io, !options.json && io.isTTY);
    try {
      const result = await verifyChange({
        repoDir: root,
        base: options.base ?? await mergeBaseWithFirst(git, root, ["main", "master", "origin/main", "origin/master"], options.head ?? "HEAD"),
        head: options.head ?? "HEAD",
        ...inputs.workOrder ? { workOrder: inputs.workOrder } : {},
        policy: inputs.policy,
        policyFile: inputs.policyFile,
        policyText: inputs.policyText,
        ...options.gates ? { gates: options.gates.split(",").map((g) => g.trim()).filter(Boolean) } : {},
        ...adapters,
        store,
        ...signer ? { signer } : {},
        clock: { now: () => Date.now() },
        onProgress: display.onProgress,
        sourceEnv: io.env,
        scratchDir,
        runId: `${(/* @__PURE__ */ new Date()).toISOString().replace(/[-:]/g, "").replace(/\..*$/, "Z")}-${randomBytes2(3).toString("hex")}`,
        environment: { os: adapters.runner.platform, arch: arch(), node: process.version, runner: io.env.RUNNER_NAME ?? "local", cpus },
        concurrency: options.concurrency ? positive(options.concurrency, "--concurrency") : cpus,
        inPlace: !options.head && !options.clean,
        updateGolden: Boolean(options.updateGolden),
        signal: io.signal,
        ...options.note ? { noteRef: reportNotesRef } : {}
      });
      display.stop();
      if (options.out) await writeFileAtomic(resolve2(io.cwd, options.out), await readFile3(result.reportPath, "utf8"));
      await store.prune({ maxRuns: options.keepRuns ? positive(options.keepRuns, "--keep-runs") : 50, now: Date.now(), graceMs: 36e5 });
      if (options.json) io.stdout(`${JSON.stringify({ passed: result.passed, reportPath: result.reportPath, reportDigest: result.reportDigest, ...result.attestationPath ? { attestationPath: result.attestationPath } : {}, report: result.report }, null, 2)}
`);
      else {
        io.stdout(`
${renderReportTable(result.report)}`);
        for (const gate of result.report.gates.filter((g) => g.logDigest && (g.status === "fail" || g.status === "error" || g.status === "flaky"))) {
          io.stdout(`log of ${gate.id}: ${store.pathOf(gate.logDigest)}
`);
        }
        if (result.report.dirty) io.stdout("note: the checkout has uncommitted changes, so this report proves nothing about a commit; commit and rerun to get one that does\n");
        io.stdout(`report: ${result.reportPath}${result.report.signature ? ` (signed by ${result.report.signature.keyId})` : " (unsigned; add --sign)"}
`);
        if (result.attestationPath) io.stdout(`attestation: ${result.attestationPath} (in-toto Statement in a DSSE envelope)
`);
      }
      done(result.passed ? ExitCode.ok : ExitCode.failed);
    } catch (error) {
      display.stop();
      if (error instanceof VerifyInputError) throw new UsageError(error.problems.join("\nshopfloor: "));
      throw error;
    } finally {
      await rm2(scratchDir, { recursive: true, force: true });
    }
  });
};
function createVerifyAdapters(root, stateDir = resolve2(root, dirname2(defaultArtifactDir))) {
  return {
    git: createGitCli(),
    runner: createJudgedRunner(),
    store: createContentAddressedStore(resolve2(stateDir, "artifacts")),
    registry: {
      npm: createNpmRegistry({ cacheDir: join6(stateDir, "cache", "npm") }),
      cargo: createCratesRegistry({ cacheDir: join6(stateDir, "cache", "crates") }),
      pypi: createPypiRegistry({ cacheDir: join6(stateDir, "cache", "pypi") })
    },
    locator: createNodeCommandLocator(),
    filesAt: (dir) => createNodeRepoFiles(dir)
  };
}
function positive(text, flag) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${flag} must be a whole number of at least 1, not "${text}"`);
  return value;
}
async function loadSigner(root, keyFile, io) {
  let path = keyFile ? resolve2(io.cwd, keyFile) : io.env.SHOPFLOOR_SIGNING_KEY_FILE;
  if (!path) {
    const keys = await keyFiles(root, createGitCli({ env: io.env }));
    const refused = keys.find((file) => !file.own);
    if (refused && !refused.own) throw new UsageError(refusedKeyMessage(refused));
    if (keys.length !== 1) throw new UsageError(keys.length === 0 ? "no signing key: run `shopfloor report keygen` or pass --key FILE" : `${keys.length} keys in ${keysDir(root)}; choose one with --key`);
    path = keys[0].path;
  }
  const pem = await readFile3(path, "utf8").catch(() => void 0);
  if (pem === void 0) throw new UsageError(`cannot read the signing key ${path}; check the path or run \`shopfloor report keygen\``);
  try {
    return createEd25519Signer(pem);
  } catch (error) {
    if (error instanceof SigningKeyError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
}
function createDisplay(io, live) {
  const rows = /* @__PURE__ */ new Map();
  let drawn = 0;
  const draw = () => {
    const lines = renderProgress([...rows.values()], Date.now());
    io.stdout(`${drawn > 0 ? `\x1B[${drawn}F` : ""}${lines.map((line) => `\x1B[2K${line}`).join("\n")}
`);
    drawn = lines.length;
  };
  const timer = live ? setInterval(draw, 250) : void 0;
  timer?.unref();
  return {
    onProgress: (event) => {
      if (event.type === "planned") for (const gate of event.gates) rows.set(gate.id, { id: gate.id });
      else if (event.type === "started") rows.set(event.id, { id: event.id, startedAt: Date.now(), attempt: 1 });
      else if (event.type === "retrying") rows.set(event.id, { ...rows.get(event.id), attempt: event.attempt });
      else rows.set(event.result.id, { ...rows.get(event.result.id), result: event.result });
      if (live) draw();
    },
    stop: () => {
      if (timer) clearInterval(timer);
      if (live && rows.size > 0) draw();
    }
  };
}

export {
  notOwn,
  VerifyInputError,
  preAuthEncoding,
  looksLikeDsseEnvelope,
  readDsseEnvelope,
  inTotoPayloadType,
  inTotoStatementType,
  reportPredicateType,
  verifyChange,
  keyFiles,
  refusedKeyMessage,
  writeSigningKey,
  refuseTrackedState,
  defaultArtifactDir,
  createContentAddressedStore,
  loadVerifyInputs,
  mergeBaseWithFirst,
  reportNotesRef,
  verifyCommand,
  createVerifyAdapters
};
