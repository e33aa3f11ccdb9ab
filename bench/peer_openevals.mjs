// openevals (JS) doing the peers' reference job on the shared stub: N multi-turn simulations of T
// utterances (T/2 turns of simulated user + app, both ChatOpenAI on the stub), C at a time.
// Usage: node peer_openevals.mjs INSTALL_DIR BASE_URL N T C
// INSTALL_DIR holds node_modules with openevals@0.2.2, @langchain/core, @langchain/openai (bench/peers says how).
import { createRequire } from "node:module";
const [dir, baseURL, n, turns, c] = process.argv.slice(2);
process.env.LANGSMITH_TRACING = "false"; // no tracing, nothing sent anywhere but the stub
const require = createRequire(dir + "/package.json");
const { runMultiturnSimulation, createLLMSimulatedUser } = require("openevals");
const { ChatOpenAI } = require("@langchain/openai");
const model = () => new ChatOpenAI({ model: "m", apiKey: "sk-bench", temperature: 0.7, maxRetries: 0,
  configuration: { baseURL } });
const caller = model(), callee = model();
let next = 0;
async function one(i) {
  const history = [{ role: "system", content: "callee " + i }];
  const app = async ({ inputs }) => {
    history.push({ role: "user", content: inputs.content });
    const r = await callee.invoke(history);
    history.push({ role: "assistant", content: r.content });
    return { role: "assistant", content: r.content };
  };
  const user = createLLMSimulatedUser({ system: "caller " + i, client: caller });
  const res = await runMultiturnSimulation({ app, user, maxTurns: Number(turns) / 2 });
  if (res.trajectory.length !== Number(turns)) throw new Error("trajectory of " + res.trajectory.length);
}
async function worker() {
  while (next < Number(n)) await one(next++);
}
await Promise.all(Array.from({ length: Math.min(Number(c), Number(n)) }, worker));
