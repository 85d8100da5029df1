/** Tests of the writers: snapshot codec, revision names and the exact text of rendered operations. */
package dev.retort.processor.write;
