#!/usr/bin/env node
import{createRequire as __createRequire}from'node:module';const require=__createRequire(import.meta.url);
import{a as r}from"./shared.mjs";import{readFileSync as s}from"node:fs";function e(){process.stdout.on("error",o=>{throw o.code==="EPIPE"&&process.exit(process.exitCode??0),o}),process.exitCode=r(process.argv.slice(2),{cwd:process.cwd(),env:process.env,out:o=>{process.stdout.write(o)},err:o=>{process.stderr.write(o)},stdoutIsTty:process.stdout.isTTY===!0,readStdin:()=>s(0)})}e();
