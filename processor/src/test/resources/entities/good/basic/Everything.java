package basic;

import dev.retort.annotations.DbDefault;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

@Entity
@Table(name = "everything",
    indexes = {@Index(columnList = "title"), @Index(name = "ix_named", columnList = "code, amount DESC", unique = true)},
    uniqueConstraints = @UniqueConstraint(columnNames = {"code", "day"}))
@Comment("one column of every basic type")
public class Everything {
  @Id
  private long id;

  private boolean flag;
  private byte tiny;
  private short small;
  private int count;
  private float ratio;
  private double measure;
  private char letter;

  private Boolean maybeFlag;
  private Byte maybeTiny;
  private Short maybeSmall;
  private Integer maybeCount;
  private Long big;
  private Float maybeRatio;
  private Double maybeMeasure;
  private Character maybeLetter;

  @Column(nullable = false, length = 80)
  private String title;

  @Column(unique = true, length = 12)
  private String code;

  @Lob
  private String body;

  private BigDecimal price;

  @Column(precision = 10, scale = 4)
  private BigDecimal amount;

  private BigInteger huge;

  private LocalDate day;
  private LocalTime time;
  private LocalDateTime localStamp;
  private Instant instant;
  private OffsetDateTime offsetStamp;
  private ZonedDateTime zonedStamp;
  private OffsetTime offsetTime;

  @Temporal(TemporalType.DATE)
  private Date legacyDate;

  @Temporal(TemporalType.TIME)
  private Date legacyTime;

  @Temporal(TemporalType.TIMESTAMP)
  private Calendar legacyStamp;

  private java.sql.Date sqlDate;
  private java.sql.Time sqlTime;
  private java.sql.Timestamp sqlStamp;

  private UUID uuid;
  private byte[] bytes;
  private Byte[] boxedBytes;

  @Lob
  private byte[] blob;

  private char[] chars;
  private Character[] boxedChars;
  private Money money;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Enumerated(EnumType.ORDINAL)
  private Priority priority;

  @Convert(converter = YesNoConverter.class)
  private Boolean yesNo;

  @Column(columnDefinition = "jsonb")
  private String document;

  @Basic(optional = false)
  private String required;

  @DbDefault("0")
  private int retries;

  @ColumnDefault("'new'")
  @Comment("where it came from")
  private String origin;

  @Version
  private Integer version;

  @Transient
  private String ignored;

  private transient String alsoIgnored;

  private static String notAColumn;
}
