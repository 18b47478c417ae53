<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="madame" tilewidth="16" tileheight="16" tilecount="85" columns="16">
 <image source="../../assets/tiles/madame.png" width="256" height="96"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor_wood_0"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="floor_wood_1"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="floor_wood_2"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="floor_hall"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="rug_0"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="rug_1"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="rug_2"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="rug_3"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="rug_4"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="rug_5"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="rug_6"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="rug_7"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="rug_8"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="rug_9"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="rug_10"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="rug_11"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="rug_12"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="rug_13"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="rug_14"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="rug_15"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="wallcap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="wallcap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="wallcap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="wallcap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="wallcap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="wallcap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="wallcap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="wallcap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="wallcap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="wallcap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="wallcap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="wallcap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="wallcap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="wallcap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="wallcap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="wallcap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="wall_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="wall_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="door/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="door/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="doorway/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="doorway/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="bookshelf/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="bookshelf/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="stairs/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="stairs/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="stairs/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="stairs/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="stairs/0,2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="stairs/1,2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="piano/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,15,16"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="piano/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,0,15,16"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="piano/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,15,16"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="piano/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,0,15,16"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="plant/0,0"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="plant/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="4,7,8,7"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="clock/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="clock/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="chair"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,9,10,7"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="coat_stand/0,0"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="coat_stand/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,8,10,7"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="window_sea/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="window,1,2"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="window_sea/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="framed_house"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="framed_horse"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="framed_sun"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="art_boxes/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,8,14,7"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="art_boxes/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,15,7"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="art_box_open"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,8,13,6"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="art_folders"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="sofa/0,0"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="sofa/1,0"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="armchair"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="low_table/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,8,14,6"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="low_table/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,14,6"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="fireplace/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="fire,2,2"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="fireplace/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="fireplace/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="fireplace/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="lamp_standard/0,0"/>
   <property name="glow" value="lamp,1,2"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="lamp_standard/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="4,7,8,6"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="side_table"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,8,12,6"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="books_pile"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="bookshelf_b/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="bookshelf_b/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
