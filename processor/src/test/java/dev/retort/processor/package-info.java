/** Tests of the processor through real javac compiles, with fixture files and golden outputs. */
package dev.retort.processor;
